/** Problems are listed at most PROBLEMS_PER_FILE per file; the rest are counted where they began. */
import { describe, expect, it } from 'vitest';
import { InputError, capPerFile, type Problem } from '../../src/model/Problem.js';
import { readMessages as msg } from '../../src/read/messages.js';
import { moreProblems } from '../../src/model/Problem.js';

const at = (file: string, line: number): Problem => ({ file, line, message: 'bad' });

describe('capPerFile', () => {
  it('keeps every problem of a file with no more than the cap', () => {
    const problems = [at('a.csv', 1), at('b.csv', 1), at('a.csv', 2)];
    expect(capPerFile(problems, 2)).toEqual(problems);
  });

  it('counts the rest of each file where its first hidden problem stood, other files untouched', () => {
    const problems = [at('a.csv', 1), at('a.csv', 2), at('b.csv', 1), at('a.csv', 3), at('a.csv', 4), at('b.csv', 2)];
    expect(capPerFile(problems, 2)).toEqual([at('a.csv', 1), at('a.csv', 2), at('b.csv', 1), { file: 'a.csv', message: moreProblems(2, 2) }, at('b.csv', 2)]);
  });

  it('caps what an InputError prints, and keeps every problem and their count', () => {
    const problems = Array.from({ length: 25 }, (_, i) => at('a.csv', i + 1));
    const error = new InputError(problems);
    expect(error.problems).toHaveLength(25);
    expect(error.message.split('\n')).toHaveLength(21);
    expect(error.message.split('\n').at(-1)).toBe(`a.csv: ${moreProblems(5, 20)}`);
  });
});

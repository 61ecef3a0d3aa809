/**
 * Every case of the bad-input corpus, run in-process through buildPublication as `build`
 * and `check` run it: an InputError with exactly the expected problems, and never an
 * internal error. (test/corpus/cli.test.ts runs a few through the command line.)
 */
import { describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../src/model/Problem.js';
import { build } from '../support/buildDefault.js';
import { editionWith } from '../support/editionFixture.js';
import { CASES } from './cases.js';

/** The problems of a build as printed, with the edition folder left out; or the non-input error. */
export async function problemsOf(dir: string): Promise<string[]> {
  try {
    await build(dir);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map((p) => formatProblem({ ...p, file: p.file.replace(`${dir}/`, '') }));
  }
  return [];
}

/** Exact lines, or `file ~ pattern` for wording owned by a library. */
function matches(expected: string, actual: string): boolean {
  const [file, pattern] = expected.split(' ~ ');
  return pattern === undefined ? expected === actual : actual.startsWith(file!) && new RegExp(pattern).test(actual);
}

describe('bad-input corpus', () => {
  it('has at least 60 cases with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const problems = await problemsOf(editionWith(c.edits));
      expect(problems).toHaveLength(c.problems.length);
      c.problems.forEach((want) => expect(problems.some((p) => matches(want, p)), `${want}\nin\n${problems.join('\n')}`).toBe(true));
    });
  }
});

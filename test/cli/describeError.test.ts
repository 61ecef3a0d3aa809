/** How each kind of failure reads: input problems listed, folder problems in one line, a stack only for bugs. */
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../src/cli/CommandError.js';
import { describeError } from '../../src/cli/describeError.js';
import { cliMessages as msg } from '../../src/cli/messages.js';
import { InputError } from '../../src/model/Problem.js';

describe('describeError', () => {
  const input = new InputError([{ file: 'victims.csv', line: 4, field: 'men', message: 'bad' }]);

  it('lists input problems, saying whether a PDF would have been written', () => {
    expect(describeError(input)).toBe(`${msg.inputProblems(1, true)}\nvictims.csv:4: men: bad`);
    expect(describeError(input, false)).toBe(`${msg.inputProblems(1, false)}\nvictims.csv:4: men: bad`);
  });

  it('prints a folder problem as one line without a stack', () => {
    expect(describeError(new CommandError(msg.outIsFile('/x/a.pdf')))).toBe(`factsheet: ${msg.outIsFile('/x/a.pdf')}`);
  });

  it('keeps “internal error” and the stack for everything else', () => {
    const text = describeError(new TypeError('x is undefined'));
    expect(text.startsWith('factsheet: internal error; no PDF was written.\nTypeError: x is undefined\n    at ')).toBe(true);
    expect(describeError(input)).not.toContain('internal error');
  });
});

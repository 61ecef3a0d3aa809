/** How each kind of failure reads: input problems listed, folder problems in one line, a stack only for bugs. */
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../src/cli/CommandError.js';
import { describeError } from '../../src/cli/describeError.js';
import { cliMessages as msg } from '../../src/cli/messages.js';
import { LayoutError } from '../../src/layout/LayoutError.js';
import { InputError } from '../../src/model/Problem.js';
import { UsageError } from '../../src/model/UsageError.js';

describe('describeError', () => {
  const input = new InputError([{ file: 'victims.csv', line: 4, field: 'men', message: 'bad' }]);

  it('lists input problems, saying whether a PDF would have been written', () => {
    expect(describeError(input)).toBe(`${msg.inputProblems(1, true)}\nvictims.csv:4: men: bad`);
    expect(describeError(input, false)).toBe(`${msg.inputProblems(1, false)}\nvictims.csv:4: men: bad`);
  });

  it('prints a folder problem as one line without a stack', () => {
    expect(describeError(new CommandError(msg.outIsFile('/x/a.pdf')))).toBe(`factsheet: ${msg.outIsFile('/x/a.pdf')}`);
  });

  it('prints a layout problem by its numbers and an option the publication lacks in one line', () => {
    const layout = new LayoutError({ block: { kind: 'chart "sales"', line: 3 }, reason: 'is 2.0 pt wider than its measure (100.0 pt) on the A5 pages' });
    expect(describeError(layout)).toBe(msg.stageFailure('layout: chart "sales" at markup line 3 is 2.0 pt wider than its measure (100.0 pt) on the A5 pages'));
    expect(describeError(new UsageError('the card has no a5'))).toBe('factsheet: the card has no a5');
  });

  it('tells errors apart by their type, not their wording: an invariant worded like a stage is still a bug', () => {
    const text = describeError(new Error('layout: structure key s1 is used twice'));
    expect(text.startsWith('factsheet: internal error; no PDF was written.\nError: layout: structure key s1 is used twice\n    at ')).toBe(true);
  });

  it('keeps “internal error” and the stack for everything else', () => {
    const text = describeError(new TypeError('x is undefined'));
    expect(text.startsWith('factsheet: internal error; no PDF was written.\nTypeError: x is undefined\n    at ')).toBe(true);
    expect(describeError(input)).not.toContain('internal error');
  });
});

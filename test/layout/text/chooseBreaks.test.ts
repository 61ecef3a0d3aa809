import { describe, expect, it } from 'vitest';
import { chooseBreaks } from '../../../src/layout/text/chooseBreaks.js';
import type { LineItem } from '../../../src/layout/text/LineItem.js';

/** Words as boxes of the given widths, joined by 1 pt spaces. */
function words(...widths: number[]): LineItem[] {
  return widths.flatMap((width, i) => (i > 0 ? [glue(), box(width)] : [box(width)]));
}

const box = (width: number): LineItem => ({ kind: 'box', run: 0, text: 'x'.repeat(width), width });
const glue = (): LineItem => ({ kind: 'glue', run: 0, width: 1, cost: 0 });
const hyphen = (width = 1): LineItem => ({ kind: 'penalty', run: 0, width, cost: 200, hyphen: true });

/** The lines as box widths, for reading. */
function lines(items: LineItem[], breaks: number[]): number[][] {
  let start = 0;
  return breaks.map((end) => {
    const line = items.slice(start, end).flatMap((it) => (it.kind === 'box' ? [it.width] : []));
    start = end + 1;
    return line;
  });
}

describe('chooseBreaks', () => {
  it('evens the rag where filling greedily would leave one line short', () => {
    // Greedy: [3 2] [2] [5] — a full line, then one 4 pt short. Total fit: [3] [2 2] [5].
    const items = words(3, 2, 2, 5);
    expect(lines(items, chooseBreaks(items, 6)!)).toEqual([[3], [2, 2], [5]]);
  });

  it('puts everything on one line when it fits', () => {
    const items = words(3, 2, 2);
    expect(chooseBreaks(items, 20)).toEqual([items.length]);
  });

  it('takes a hyphen only where the rag is worth it', () => {
    // "aaaa bbbb|cc dd" on 10 pt (hyphen 1 pt): unbroken, line 1 is "aaaa", 6 pt short
    // (3600); hyphenated, "aaaa bbbb-" is full, for 200 + 1500 (a hyphen before the last line).
    const long: LineItem[] = [...words(4, 4), hyphen(), box(2), glue(), box(2)];
    expect(chooseBreaks(long, 10)).toEqual([3, 7]);
    // "aaaaaa bb|cc": unbroken, "aaaaaa" is 4 pt short (1600) — cheaper than the hyphen (1700).
    const short: LineItem[] = [...words(6, 2), hyphen(), box(2)];
    expect(chooseBreaks(short, 10)).toEqual([1, 5]);
  });

  it('counts the hyphen a break adds: a line that would overflow by it is not taken', () => {
    // "aaaaa|bbbbb" with a 2 pt hyphen: "aaaaa-" is 7 pt, so on 6 pt no line can hold the first half.
    expect(chooseBreaks([box(5), hyphen(2), box(5)], 6)).toBeNull();
    expect(chooseBreaks([box(5), hyphen(2), box(5)], 7)).toEqual([1, 3]);
  });

  it('returns null when a box alone is wider than the line', () => {
    expect(chooseBreaks(words(3, 12), 10)).toBeNull();
  });

  it('returns no lines for no items', () => {
    expect(chooseBreaks([], 10)).toEqual([]);
  });
});

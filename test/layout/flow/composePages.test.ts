/**
 * Composition on numbers alone: which page each block lands on, how a page is set
 * (charts grown or shrunk, gaps stretched), and what the page policy makes of page counts
 * and fills. The frame's text area is 100 pt tall (y 10–110).
 */
import { describe, expect, it } from 'vitest';
import { composePages, type ComposeOptions } from '../../../src/layout/flow/composePages.js';
import type { Flowable } from '../../../src/layout/flow/Flowable.js';
import { paginate } from '../../../src/layout/flow/paginate.js';
import type { Segment } from '../../../src/layout/flow/Segment.js';
import { anyPages, type PagePolicy } from '../../../src/layout/PagePolicy.js';
import { boxes, flex, frame, heading, note, para, solid } from './fakes.js';

const full = (...items: Flowable[]): Segment => ({ kind: 'flow', columns: 1, items });
/** The back page: a page break, then a fill page's own block. */
const back = (): Segment[] => [{ kind: 'pagebreak' }, { kind: 'flow', columns: 1, items: [solid('back', 50)], spread: 0, part: 1 }];

const options = (policy: Partial<PagePolicy> = {}, maxGap = 0): ComposeOptions => ({
  policy: { ...anyPages, ...policy },
  maxGap,
  back: (segments) => paginate(segments, frame),
});
const compose = (segments: Segment[], policy?: Partial<PagePolicy>, maxGap?: number) => {
  const c = composePages(segments, frame, options(policy, maxGap));
  return { c, at: boxes(c.pages.map((p) => p.items)) };
};

describe('composePages', () => {
  it('fills pages first-fit where nothing asks otherwise', () => {
    const { c, at } = compose([full(solid('a', 60), solid('b', 30), solid('c', 30))]);
    expect(c.pages).toHaveLength(2);
    expect(at['b']).toEqual([0, 70, 30]);
    expect(at['c']).toEqual([1, 10, 30]);
  });

  it('grows a chart to fill its page, up to its most height, then stretches the gaps, never below a heading', () => {
    // 20 + 5 + 40 + 5 + 10 = 80 pt natural; the chart grows 10, the two gaps after it take the rest but 5 each.
    const segs = [full(heading('h', 20, { after: 5 }), flex('chart', 40, { stretch: 10 }, { before: 5, after: 5 }), solid('t', 10, { before: 5 })), full(solid('next', 95))];
    const { c, at } = compose(segs, {}, 5);
    expect(at['chart']).toEqual([0, 35, 50]);
    expect(at['t']).toEqual([0, 35 + 50 + 10, 10]);
    expect(c.pages[0]!.setting).toMatchObject({ ratio: 1, gapExtra: 5 });
    expect(c.pages[0]!.setting.fill).toBeCloseTo(0.95);
  });

  it('shrinks a chart to its least height where that lets the next block stay on the page', () => {
    const { c, at } = compose([full(flex('chart', 80, { shrink: 30 }), solid('box', 40)), full(solid('last', 90))]);
    expect(at['box']![0]).toBe(0);
    expect(at['chart']![2]).toBeCloseTo(60);
    expect(c.pages[0]!.setting.ratio).toBeCloseTo(-2 / 3);
  });

  it('ends a page early, and grows what is left, so the page count is a multiple of the policy’s', () => {
    // First-fit: [a b] [c d] + back = 3 pages. Four pages, each body page but the last filled to 75 %: [a b] [c grown] [d] + back.
    const segs = [full(solid('a', 40), solid('b', 40), flex('c', 40, { stretch: 40 }), flex('d', 40, { stretch: 40 })), ...back()];
    const { c, at } = compose(segs, { pageMultiple: 2, minFill: 0.75, minFillBeforeLast: 0.4 });
    expect(c.pages).toHaveLength(4);
    expect(at['c']).toEqual([1, 10, 80]);
    // The page before the back page is left as long as it is (40 %), not stretched.
    expect(at['d']).toEqual([2, 10, 40]);
    expect(at['back']![0]).toBe(3);
    expect(c.pages.map((p) => p.back)).toEqual([false, false, false, true]);
  });

  it('prefers the page count the policy prefers, where the content allows it', () => {
    const blocks = () => [flex('a', 50, { stretch: 50 }), flex('b', 50, { stretch: 50 }), flex('c', 50, { stretch: 50 }), flex('d', 50, { stretch: 50 })];
    expect(compose([full(...blocks())], { pageMultiple: 2, preferredPages: 4 }).c.pages).toHaveLength(4);
    expect(compose([full(...blocks())], { pageMultiple: 2, preferredPages: 2 }).c.pages).toHaveLength(2);
  });

  it('builds the best arrangement when none meets the policy, and its cost says so', () => {
    const { c } = compose([full(solid('a', 60), solid('b', 60), solid('c', 60))], { pageMultiple: 2 });
    expect(c.pages).toHaveLength(3);
    expect(c.cost).toBeGreaterThanOrEqual(1e6);
  });

  it('keeps a heading with what follows and a paragraph’s widows and orphans as first-fit does', () => {
    const { at } = compose([full(solid('a', 75), heading('h', 12), para('p', 4))]);
    expect(at['h']).toEqual([1, 10, 12]);
    expect(at['p:1']![0]).toBe(1);
  });

  it('keeps a chart’s note from starting a page: the chart goes over with it where the page left is full enough', () => {
    // [a chart] + [note] leaves the note alone at the top of page 2; [a] + [chart note] does not.
    const withNote = compose([full(solid('a', 50), solid('chart', 40), note('n', 3))]).at;
    expect([withNote['chart']![0], withNote['n:1']![0]]).toEqual([1, 1]);
    // The same lines as running text may start a page.
    const plain = compose([full(solid('a', 50), solid('chart', 40), para('n', 3))]).at;
    expect([plain['chart']![0], plain['n:1']![0]]).toEqual([0, 1]);
  });

  it('reports each page’s fill and free space as set', () => {
    const { c } = compose([full(solid('a', 60), solid('b', 30), solid('c', 30))]);
    expect(c.pages.map((p) => [p.setting.fill, p.setting.free])).toEqual([
      [0.9, 10],
      [0.3, 70],
    ]);
  });
});

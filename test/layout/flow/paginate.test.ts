import { describe, expect, it } from 'vitest';
import { paginate } from '../../../src/layout/flow/paginate.js';
import type { Segment } from '../../../src/layout/flow/Segment.js';
import { LayoutError } from '../../../src/layout/LayoutError.js';
import { tooTall } from '../../../src/layout/messages.js';
import { frame, heading, named, para, solid, where } from './fakes.js';
import type { Flowable } from '../../../src/layout/flow/Flowable.js';

// The frame's text area: x from 10, y from 10 to 110 (100 pt); two columns of 85 pt, gap 10.
const full = (...items: Flowable[]): Segment => ({ kind: 'flow', columns: 1, items });
const cols = (columns: number, ...items: Flowable[]): Segment => ({ kind: 'flow', columns, items });

describe('paginate', () => {
  it('splits a paragraph across pages between lines', () => {
    const at = where(paginate([full(solid('a', 70), para('p', 6))], frame));
    expect(at['p:3']).toEqual([0, 10, 100]);
    expect(at['p:4']).toEqual([1, 10, 10]);
  });

  it('moves a three-line paragraph whole rather than leave an orphan or a widow', () => {
    const at = where(paginate([full(solid('a', 75), para('p', 3))], frame));
    expect(at['p:1']).toEqual([1, 10, 10]);
  });

  it('moves a heading to the next page with the start of its paragraph', () => {
    const at = where(paginate([full(solid('a', 75), heading('h', 12), para('p', 4))], frame));
    expect(at['h']).toEqual([1, 10, 10]);
    expect(at['p:1']).toEqual([1, 10, 22]);
  });

  it('reports a block taller than an empty page, with the numbers', () => {
    expect(() => paginate([full(solid('a', 20), solid('chart', 137.5))], frame)).toThrow(new LayoutError(tooTall('chart', 1, 37.5, 100, 'an empty page')));
  });

  it('reports a block taller than an empty column', () => {
    expect(() => paginate([cols(2, solid('keep', 112))], frame)).toThrow(new LayoutError(tooTall('keep', 1, 12, 100)));
  });

  it('balances columns that end on the page', () => {
    const at = where(paginate([cols(2, ...['a', 'b', 'c', 'd', 'e', 'f'].map((n) => solid(n, 10)))], frame));
    expect(Object.values(at).map(([, x, y]) => [x, y])).toEqual([
      [10, 10],
      [10, 20],
      [10, 30],
      [105, 10],
      [105, 20],
      [105, 30],
    ]);
  });

  it('balances a split paragraph, obeying the widow and orphan rules', () => {
    const at = where(paginate([cols(2, para('p', 7))], frame));
    // 40 pt is the lowest height that holds seven lines as 4 + 3 (no single line left either side).
    expect(at['p:4']).toEqual([0, 10, 40]);
    expect(at['p:5']).toEqual([0, 105, 10]);
  });

  it('continues columns on the next page and balances them where they end', () => {
    const blocks = Array.from({ length: 24 }, (_, i) => solid(`b${i + 1}`, 10));
    const at = where(paginate([cols(2, ...blocks)], frame));
    // Page 1 holds 2 × 10 blocks; the last 4 are balanced 2 + 2 on page 2.
    expect(at['b20']).toEqual([0, 105, 100]);
    expect(at['b21']).toEqual([1, 10, 10]);
    expect(at['b23']).toEqual([1, 105, 10]);
  });

  it('flows on below balanced columns', () => {
    const at = where(paginate([cols(2, solid('a', 30), solid('b', 20)), full(solid('after', 10))], frame));
    expect(at['after']).toEqual([0, 10, 40]);
  });

  it('keeps a heading above columns with the start of the columns', () => {
    const at = where(paginate([full(solid('a', 80), heading('h', 12)), cols(2, para('p', 4))], frame));
    expect(at['h']).toEqual([1, 10, 10]);
  });

  it('starts a new page at a page break, without leaving a blank page', () => {
    const pages = paginate([{ kind: 'pagebreak' }, full(solid('a', 10)), { kind: 'pagebreak' }, { kind: 'pagebreak' }, full(solid('b', 10))], frame);
    expect(pages).toHaveLength(2);
    expect(where(pages)['b']).toEqual([1, 10, 10]);
  });

  it('resumes the flow below a banner', () => {
    const banner: Segment = { kind: 'banner', items: [{ kind: 'rect', x: 0, y: 0, w: 200, h: 40, color: named('band') }], bottom: 50 };
    const at = where(paginate([banner, full(solid('a', 10))], frame));
    expect(at['band']).toEqual([0, 0, 0]);
    expect(at['a']).toEqual([0, 10, 50]);
  });
});

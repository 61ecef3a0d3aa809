import { describe, expect, it } from 'vitest';
import { fillColumn } from '../../../src/layout/flow/fillColumn.js';
import { heading, para, solid } from './fakes.js';

const top = { prevAfter: null, lastResort: false };
const names = (fill: ReturnType<typeof fillColumn>) => fill.placed.map((p) => `${p.flowable.kind}@${p.y}`);

describe('fillColumn', () => {
  it('places whole blocks while they fit, then the largest allowed first piece of the next', () => {
    const fill = fillColumn([solid('a', 30), para('p', 6), solid('b', 10)], 65, top);
    expect(names(fill)).toEqual(['a@0', 'p@30']);
    expect(fill.placed[1]!.flowable.height).toBe(30);
    expect(fill.rest.map((f) => [f.kind, f.height])).toEqual([
      ['p', 30],
      ['b', 10],
    ]);
  });

  it('separates blocks by the larger of the two spaces, and drops the space at the column top', () => {
    const fill = fillColumn([solid('a', 10, { before: 8, after: 5 }), solid('b', 10, { before: 3 })], 100, top);
    expect(names(fill)).toEqual(['a@0', 'b@15']);
    const below = fillColumn([solid('a', 10, { before: 8 })], 100, { prevAfter: 2, lastResort: false });
    expect(names(below)).toEqual(['a@8']);
  });

  it('moves a heading on when the first two lines of what follows would not fit under it', () => {
    const fill = fillColumn([solid('a', 60), heading('h', 12), para('p', 5)], 90, top);
    expect(names(fill)).toEqual(['a@0']);
    expect(fill.rest[0]!.kind).toBe('h');
  });

  it('keeps a heading where the first two lines of what follows fit under it', () => {
    const fill = fillColumn([solid('a', 58), heading('h', 12), para('p', 5)], 90, top);
    expect(names(fill)).toEqual(['a@0', 'h@58', 'p@70']);
  });

  it('keeps a heading with the whole of an unsplittable block', () => {
    const fill = fillColumn([heading('h', 12), solid('chart', 80)], 90, top);
    expect(names(fill)).toEqual([]);
  });

  it('keeps a chain of headings with what follows', () => {
    const fill = fillColumn([solid('a', 50), heading('h2', 12), heading('h3', 10), para('p', 4)], 90, top);
    expect(names(fill)).toEqual(['a@0']);
  });

  it('keeps the last heading of the queue with the follower (the next segment’s start)', () => {
    const follower = { spaceBefore: 0, need: 20 };
    expect(names(fillColumn([solid('a', 60), heading('h', 12)], 90, { ...top, follower }))).toEqual(['a@0']);
    expect(names(fillColumn([solid('a', 50), heading('h', 12)], 90, { ...top, follower }))).toEqual(['a@0', 'h@50']);
  });

  it('moves a block that must stay together to the next column whole', () => {
    const fill = fillColumn([solid('a', 50), solid('keep', 45)], 90, top);
    expect(names(fill)).toEqual(['a@0']);
    expect(fill.rest.map((f) => f.kind)).toEqual(['keep']);
  });

  it('puts a heading alone at the top of an empty page column rather than loop', () => {
    const fill = fillColumn([heading('h', 12), solid('chart', 85)], 90, { prevAfter: null, lastResort: true });
    expect(names(fill)).toEqual(['h@0']);
  });
});

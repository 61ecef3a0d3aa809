/**
 * A `fillpage`'s blocks spread down the page where they all land: the room left below them
 * is shared out between its own blocks (parts), each gap at most `maxSpread`.
 */
import { describe, expect, it } from 'vitest';
import type { Flowable } from '../../../src/layout/flow/Flowable.js';
import { paginate } from '../../../src/layout/flow/paginate.js';
import type { FlowSegment } from '../../../src/layout/flow/Segment.js';
import { frame, solid, where } from './fakes.js';

// The frame's text area: y from 10 to 110 (100 pt).
const part = (p: number, ...items: Flowable[]): FlowSegment => ({ kind: 'flow', columns: 1, items, spread: 0, part: p });

describe('spreading a fill page', () => {
  it('shares the room left between its parts in equal gaps', () => {
    // 3 parts of 10 pt: 70 pt left, two gaps of 35 pt.
    const at = where(paginate([part(1, solid('a', 10)), part(2, solid('b', 10)), part(3, solid('c', 10))], frame, 100));
    expect([at['a']![2], at['b']![2], at['c']![2]]).toEqual([10, 55, 100]);
  });

  it('caps each gap at maxSpread, leaving the rest at the foot', () => {
    const at = where(paginate([part(1, solid('a', 10)), part(2, solid('b', 10)), part(3, solid('c', 10))], frame, 20));
    expect([at['a']![2], at['b']![2], at['c']![2]]).toEqual([10, 40, 70]);
  });

  it('adds no gap inside a part (a heading and the columns under it)', () => {
    const at = where(paginate([part(1, solid('h', 10)), { ...part(1, solid('cols', 10)), columns: 2 }, part(2, solid('z', 10))], frame, 100));
    expect(at['cols']![2] - at['h']![2]).toBe(10);
    expect(at['z']![2]).toBe(100);
  });

  it('does not spread a group that runs over two pages', () => {
    const at = where(paginate([part(1, solid('a', 60)), part(2, solid('b', 60))], frame, 100));
    expect(at['a']).toEqual([0, 10, 10]);
    expect(at['b']).toEqual([1, 10, 10]);
  });

  it('leaves segments of no fill page where they are', () => {
    const at = where(paginate([{ kind: 'flow', columns: 1, items: [solid('a', 10)] }, { kind: 'flow', columns: 1, items: [solid('b', 10)] }], frame, 100));
    expect(at['b']![2]).toBe(20);
  });
});

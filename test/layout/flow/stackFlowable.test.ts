import { describe, expect, it } from 'vitest';
import { stackFlowable, type Slice } from '../../../src/layout/flow/stackFlowable.js';
import type { PlacedRect } from '../../../src/layout/Page.js';
import { named, para } from './fakes.js';

const names = (items: unknown[]) => (items as PlacedRect[]).map((r) => r.color.name);

describe('stackFlowable', () => {
  it('is as tall as its slices', () => {
    expect(para('p', 5).height).toBe(50);
  });

  it('splits at the lowest allowed break that fits the room', () => {
    const parts = para('p', 6).split(35, false)!;
    expect(names(parts.head.draw(0, 0))).toEqual(['p:1', 'p:2', 'p:3']);
    expect(names(parts.tail.draw(0, 0))).toEqual(['p:4', 'p:5', 'p:6']);
    expect(parts.head.height).toBe(30);
  });

  it('leaves no single first line behind (orphan)', () => {
    expect(para('p', 5).split(15, false)).toBeNull();
  });

  it('carries no single last line over (widow)', () => {
    const parts = para('p', 5).split(45, false)!;
    expect(names(parts.tail.draw(0, 0))).toEqual(['p:4', 'p:5']);
  });

  it('leaves an orphan only as a last resort', () => {
    const parts = para('p', 5).split(15, true)!;
    expect(names(parts.head.draw(0, 0))).toEqual(['p:1']);
  });

  it('keeps at least two lines in its smallest first piece; a short paragraph is whole', () => {
    expect(para('p', 5).minHead).toBe(20);
    expect(para('p', 3).minHead).toBe(30);
  });

  it('drops the gap above a slice that starts a piece', () => {
    const slice = (name: string): Slice => ({ height: 10, gapBefore: 4, breakBefore: 'good', draw: (x, y) => [{ kind: 'rect', x, y, w: 1, h: 10, color: named(name) }] });
    const stack = stackFlowable({ kind: 'list', line: 1, spaceBefore: 0, spaceAfter: 0 }, ['a', 'b', 'c', 'd'].map(slice));
    expect(stack.height).toBe(52);
    const { tail } = stack.split(24, false)!;
    expect((tail.draw(0, 0) as PlacedRect[]).map((r) => r.y)).toEqual([0, 14]);
  });

  it('starts every later piece with the repeated slices, never alone', () => {
    const row = (name: string, breakBefore: Slice['breakBefore']): Slice => ({
      height: 10,
      gapBefore: 0,
      breakBefore,
      draw: (x, y) => [{ kind: 'rect', x, y, w: 1, h: 10, color: named(name) }],
    });
    const table = stackFlowable({ kind: 'table', line: 1, spaceBefore: 0, spaceAfter: 0 }, [row('head', 'good'), row('r1', 'never'), row('r2', 'good'), row('r3', 'good'), row('r4', 'good')], [row('head again', 'never')]);
    const first = table.split(25, false)!;
    expect(names(first.head.draw(0, 0))).toEqual(['head', 'r1']);
    expect(names(first.tail.draw(0, 0))).toEqual(['head again', 'r2', 'r3', 'r4']);
    // The repeated head may not be left alone at a column's foot.
    expect(first.tail.split(15, false)).toBeNull();
    expect(names(first.tail.split(25, false)!.tail.draw(0, 0))).toEqual(['head again', 'r3', 'r4']);
  });
});

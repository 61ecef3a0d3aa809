/**
 * A block made of slices stacked top to bottom — lines of a paragraph, lines of list
 * items, table rows — that may split between slices. Each slice says how welcome a break
 * before it is: 'avoid' marks orphan and widow lines (taken only as a last resort),
 * 'never' ties a table head to its first row. `repeat` slices (a table's head rows, drawn
 * as artifacts) start every piece after the first.
 */
import type { PlacedItem } from '../Page.js';
import { EPSILON, type Flowable, type FlowMeta } from './Flowable.js';

export interface Slice {
  height: number;
  /** Space above the slice when it is not the first of its piece, pt. */
  gapBefore: number;
  breakBefore: 'good' | 'avoid' | 'never';
  draw(x: number, y: number): PlacedItem[];
}

/** `start`: how many of the whole block's slices went before this piece (0 for the whole block). */
export function stackFlowable(meta: FlowMeta, slices: readonly Slice[], repeat: readonly Slice[] = [], start = 0): Flowable {
  // tops[k]: height of the first k slices (the head of a split before slice k).
  const tops = [0];
  slices.forEach((s, k) => tops.push(tops[k]! + (k > 0 ? s.gapBefore : 0) + s.height));
  const height = tops[slices.length]!;
  const allowed = (k: number, lastResort: boolean) => slices[k]!.breakBefore === 'good' || (lastResort && slices[k]!.breakBefore === 'avoid');
  // The smallest head keeps at least two slices (two lines), as a heading above wants.
  let minHead = height;
  for (let k = Math.min(2, slices.length); k < slices.length; k++) {
    if (allowed(k, false)) {
      minHead = tops[k]!;
      break;
    }
  }
  return {
    ...meta,
    keepWithNext: false,
    height,
    minHead,
    stretch: 0,
    shrink: 0,
    piece: start,
    split(room, lastResort) {
      const fits = (k: number) => tops[k]! <= room + EPSILON;
      let cut = -1;
      for (let k = 1; k < slices.length && fits(k); k++) if (allowed(k, false)) cut = k;
      if (cut < 0 && lastResort) for (let k = 1; k < slices.length && fits(k); k++) if (allowed(k, true)) cut = k;
      if (cut < 0) return null;
      const rest = slices.slice(cut);
      // A repeated head stays with at least one slice of the rest.
      if (repeat.length > 0) rest[0] = { ...rest[0]!, breakBefore: 'never' };
      return {
        head: stackFlowable({ ...meta, spaceAfter: 0 }, slices.slice(0, cut), repeat, start),
        // The tail's own slices start after the repeated head rows.
        tail: stackFlowable({ ...meta, spaceBefore: 0 }, [...repeat, ...rest], repeat, start + cut - (start > 0 ? repeat.length : 0)),
      };
    },
    draw(x, y) {
      return slices.flatMap((s, k) => s.draw(x, y + tops[k]! + (k > 0 ? s.gapBefore : 0)));
    },
  };
}

/** Fills `count` side-by-side columns of `room` pt, one after another, from `queue`. */
import { fillColumn, type FillOptions, type Placement } from './fillColumn.js';
import type { Flowable } from './Flowable.js';

export interface ColumnsFill {
  /** Placements per column, left to right (trailing empty columns omitted). */
  columns: Placement[][];
  rest: Flowable[];
  /** The tallest column's height, pt. */
  height: number;
  /** Space wanted below the last piece placed. */
  lastAfter: number;
}

export function fillColumns(queue: readonly Flowable[], count: number, room: number, opts: FillOptions): ColumnsFill {
  const columns: Placement[][] = [];
  let rest = queue;
  let height = 0;
  let lastAfter = 0;
  for (let c = 0; c < count && rest.length > 0; c++) {
    const fill = fillColumn(rest, room, opts);
    columns.push(fill.placed);
    height = Math.max(height, fill.height);
    if (fill.placed.length > 0) lastAfter = fill.lastAfter;
    rest = fill.rest;
    if (fill.placed.length === 0) break;
  }
  return { columns, rest: [...rest], height, lastAfter };
}

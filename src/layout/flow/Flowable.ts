/**
 * A measured block (or a piece of one) as the paginator sees it: heights and a way to
 * split. Width is already decided: a block is measured for the column it will flow in.
 * All lengths are pt.
 */
import type { PlacedItem } from '../Page.js';

export interface Flowable {
  /** Block kind and markup line, for messages. */
  kind: string;
  line: number;
  height: number;
  /** Wanted space above and below; between two blocks the larger wins, at a column top none. */
  spaceBefore: number;
  spaceAfter: number;
  /** Headings: must not end a column; they take the start of the next block along. */
  keepWithNext: boolean;
  /** Height of the smallest first piece a split may leave (the whole block if unsplittable). */
  minHead: number;
  /**
   * The largest first piece no taller than `room`, and the rest; null when no allowed
   * break fits. `lastResort` allows breaks normally avoided (a widow or orphan line), for
   * a block that would otherwise not fit even an empty column.
   */
  split(room: number, lastResort: boolean): { head: Flowable; tail: Flowable } | null;
  /** Items for the piece with its top-left corner at (x, y). */
  draw(x: number, y: number): PlacedItem[];
}

/** What every flowable is made from: identity and spacing. */
export interface FlowMeta {
  kind: string;
  line: number;
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext?: boolean;
}

/** Slack for comparing sums of pt lengths. */
export const EPSILON = 1e-6;

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
   * How much taller and shorter than `height` the block may be set (a chart between its
   * theme's least and most height), pt; 0 for text. Pagination picks one ratio per page
   * (see `heightAt`) and draws with it.
   */
  stretch: number;
  shrink: number;
  /** A split's tail: how many of the whole block's slices went before it (absent or 0 for a whole block). */
  piece?: number;
  /** A split's head that parts what had better stay together (a table from its chart): the cost of doing so. */
  penalty?: number;
  /** Small print that belongs to what stands above it (a chart's notes and sources): it had better not start a page. */
  trailing?: boolean;
  /**
   * The largest first piece no taller than `room`, and the rest; null when no allowed
   * break fits. `lastResort` allows breaks normally avoided (a widow or orphan line), for
   * a block that would otherwise not fit even an empty column.
   */
  split(room: number, lastResort: boolean): { head: Flowable; tail: Flowable } | null;
  /** Items for the piece with its top-left corner at (x, y), set at `ratio` (see `heightAt`, default 0). */
  draw(x: number, y: number, ratio?: number): PlacedItem[];
}

/**
 * The height of a flexible block set at `ratio`: -1 is its least, 0 its natural and 1 its
 * most height, linear in between (as TeX sets glue).
 */
export function flexAt(height: number, stretch: number, shrink: number, ratio = 0): number {
  return height + (ratio >= 0 ? ratio * stretch : ratio * shrink);
}

export const heightAt = (f: Flowable, ratio = 0): number => flexAt(f.height, f.stretch, f.shrink, ratio);

/** What every flowable is made from: identity and spacing. */
export interface FlowMeta {
  kind: string;
  line: number;
  spaceBefore: number;
  spaceAfter: number;
  keepWithNext?: boolean;
  trailing?: boolean;
}

/** A flexible block's range: `stretch` above and `shrink` below its natural height, pt. */
export interface Flex {
  stretch: number;
  shrink: number;
}

/** Slack for comparing sums of pt lengths. */
export const EPSILON = 1e-6;

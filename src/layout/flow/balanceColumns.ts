/**
 * Evens out the columns of a `columns` block that ends on this page: binary search for
 * the lowest column height at which everything still fits in `count` columns. Trial fills
 * never use the last-resort breaks, so balancing cannot create widows or orphans; if no
 * lower height works, the full fill is kept.
 */
import type { FillOptions } from './fillColumn.js';
import { fillColumns, type ColumnsFill } from './fillColumns.js';
import type { Flowable } from './Flowable.js';

/** Stop when the search interval is this narrow, pt. */
const PRECISION = 0.5;

export function balanceColumns(queue: readonly Flowable[], count: number, full: ColumnsFill, opts: FillOptions): ColumnsFill {
  let best = full;
  let [lo, hi] = [0, full.height];
  while (hi - lo > PRECISION) {
    const mid = (lo + hi) / 2;
    const trial = fillColumns(queue, count, mid, { ...opts, lastResort: false });
    if (trial.rest.length === 0) {
      best = trial;
      hi = Math.min(mid, trial.height);
    } else {
      lo = mid;
    }
  }
  return best;
}

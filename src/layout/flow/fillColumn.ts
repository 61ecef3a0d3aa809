/**
 * Fills one column of `room` pt from the front of `queue`: whole blocks while they fit,
 * then the largest allowed first piece of the next one. Headings go only where the start
 * of what follows fits too. Pure: the same queue and room always give the same fill, which
 * is what lets `balanceColumns` try heights.
 */
import { EPSILON, type Flowable } from './Flowable.js';
import { leadNeed, sizeOf, type Follower } from './leadNeed.js';

export interface Placement {
  flowable: Flowable;
  /** Top of the piece from the column's top, pt. */
  y: number;
}

export interface ColumnFill {
  placed: Placement[];
  /** What did not fit, the tail of a split block first. */
  rest: Flowable[];
  /** Bottom of the last piece from the column's top, pt. */
  height: number;
  /** Space the last piece wants below it. */
  lastAfter: number;
}

export interface FillOptions {
  /** Space wanted by what stands above the column; null at the top of a page area. */
  prevAfter: number | null;
  /** The column is a whole empty page column: the place of last resort (see Flowable.split). */
  lastResort: boolean;
  follower?: Follower;
  /** Fit flexible blocks at their least height (the page is then set shrunk to hold them). */
  squeeze?: boolean;
}

export function fillColumn(queue: readonly Flowable[], room: number, opts: FillOptions): ColumnFill {
  const placed: Placement[] = [];
  let y = 0;
  let prevAfter = opts.prevAfter;
  for (let i = 0; i < queue.length; i++) {
    const f = queue[i]!;
    const gap = prevAfter === null ? 0 : Math.max(prevAfter, f.spaceBefore);
    const free = room - y - gap;
    const first = placed.length === 0;
    const height = sizeOf(f, opts.squeeze);
    const need = f.keepWithNext ? leadNeed(queue, i, opts.follower, opts.squeeze) : height;
    // A heading whose follower cannot fit even an empty page column goes alone.
    const headingAlone = f.keepWithNext && first && opts.lastResort && height <= free + EPSILON;
    if (need <= free + EPSILON || headingAlone) {
      placed.push({ flowable: f, y: y + gap });
      y += gap + height;
      prevAfter = f.spaceAfter;
      continue;
    }
    const parts = f.keepWithNext ? null : f.split(free, first && opts.lastResort);
    if (parts) {
      placed.push({ flowable: parts.head, y: y + gap });
      return { placed, rest: [parts.tail, ...queue.slice(i + 1)], height: y + gap + parts.head.height, lastAfter: 0 };
    }
    return { placed, rest: queue.slice(i), height: y, lastAfter: prevAfter ?? 0 };
  }
  return { placed, rest: [], height: y, lastAfter: prevAfter ?? 0 };
}

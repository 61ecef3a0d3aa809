/**
 * How much of a column the start of `queue[i]` needs: its smallest first piece, or, for a
 * heading, the heading plus the start of what follows (chains of headings included). The
 * last item of a queue looks at `follower`, the start of the next flow segment, so a
 * heading above a `columns` block stays with the columns' first lines.
 */
import type { Flowable } from './Flowable.js';

export interface Follower {
  spaceBefore: number;
  need: number;
}

export function leadNeed(queue: readonly Flowable[], i: number, follower?: Follower, squeeze = false): number {
  const f = queue[i]!;
  if (!f.keepWithNext) return f.minHead - (squeeze && f.minHead >= f.height ? f.shrink : 0);
  const next = i + 1 < queue.length ? { spaceBefore: queue[i + 1]!.spaceBefore, need: leadNeed(queue, i + 1, follower, squeeze) } : follower;
  const height = sizeOf(f, squeeze);
  return next ? height + Math.max(f.spaceAfter, next.spaceBefore) + next.need : height;
}

/** A block's height as fitting sees it: its least when squeezed (see `FillOptions.squeeze`). */
export function sizeOf(f: Flowable, squeeze = false): number {
  return squeeze ? f.height - f.shrink : f.height;
}

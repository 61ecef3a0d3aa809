/**
 * Segments → pages of placed items. Blocks fill the page area from the top; a `columns`
 * segment fills its columns side by side from wherever the page has got to, continues in
 * as many columns on following pages, and is balanced on the page where it ends. A block
 * that does not fit even an empty page column is reported with the numbers.
 */
import { LayoutError } from '../LayoutError.js';
import { tooTall } from '../messages.js';
import type { PlacedItem } from '../Page.js';
import { balanceColumns } from './balanceColumns.js';
import { fillColumns } from './fillColumns.js';
import { leadNeed, type Follower } from './leadNeed.js';
import { columnWidth, type PageFrame } from './PageFrame.js';
import type { FlowSegment, Segment } from './Segment.js';

export function paginate(segments: readonly Segment[], frame: PageFrame): PlacedItem[][] {
  const pages: PlacedItem[][] = [[]];
  let y = frame.top;
  let prevAfter: number | null = null;
  const page = () => pages[pages.length - 1]!;
  const newPage = () => {
    pages.push([]);
    y = frame.top;
    prevAfter = null;
  };

  const flow = (seg: FlowSegment, follower: Follower | undefined) => {
    const n = seg.columns;
    const width = columnWidth(frame, n);
    let queue = seg.items;
    while (queue.length > 0) {
      const room = frame.bottom - y;
      const opts = { prevAfter, lastResort: y === frame.top, follower };
      let fill = fillColumns(queue, n, room, opts);
      if (fill.rest.length === 0 && n > 1) fill = balanceColumns(queue, n, fill, opts);
      if (fill.columns.every((c) => c.length === 0)) {
        if (opts.lastResort) {
          const f = queue[0]!;
          throw new LayoutError(tooTall(f.kind, f.line, f.minHead - room, room, n > 1 ? 'an empty column' : 'an empty page'));
        }
        newPage();
        continue;
      }
      fill.columns.forEach((col, c) => {
        for (const p of col) page().push(...p.flowable.draw(frame.left + c * (width + frame.columnGap), y + p.y));
      });
      if (fill.rest.length > 0) {
        newPage();
        queue = fill.rest;
      } else {
        y += fill.height;
        prevAfter = fill.lastAfter;
        queue = [];
      }
    }
  };

  segments.forEach((seg, s) => {
    if (seg.kind === 'pagebreak') {
      if (page().length > 0) newPage();
    } else if (seg.kind === 'banner') {
      if (page().length > 0) newPage();
      page().push(...seg.items);
      y = seg.bottom;
    } else {
      flow(seg, followerOf(segments, s + 1));
    }
  });
  return pages;
}

/** The start of the next flow segment, if the page flow continues into one. */
function followerOf(segments: readonly Segment[], s: number): Follower | undefined {
  const seg = segments[s];
  if (seg?.kind !== 'flow') return undefined;
  if (seg.items.length === 0) return followerOf(segments, s + 1);
  return { spaceBefore: seg.items[0]!.spaceBefore, need: leadNeed(seg.items, 0, followerOf(segments, s + 1)) };
}

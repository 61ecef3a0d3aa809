/**
 * Segments → pages of placed items. Blocks fill the page area from the top; a `columns`
 * segment fills its columns side by side from wherever the page has got to, continues in
 * as many columns on following pages, and is balanced on the page where it ends. A block
 * that does not fit even an empty page column is reported with the numbers. The segments
 * of a `fillpage` that all land on one page are spread down it: the room left below them
 * is shared out between them, at most `maxSpread` pt per gap.
 */
import { LayoutError } from '../LayoutError.js';
import { tooTall } from '../messages.js';
import type { PlacedItem } from '../Page.js';
import { balanceColumns } from './balanceColumns.js';
import { fillColumns } from './fillColumns.js';
import { leadNeed, type Follower } from './leadNeed.js';
import { columnWidth, type PageFrame } from './PageFrame.js';
import type { FlowSegment, Segment } from './Segment.js';

export function paginate(segments: readonly Segment[], frame: PageFrame, maxSpread = 0): PlacedItem[][] {
  const pages: PlacedItem[][] = [[]];
  /** Where each segment of a spread group starts: page and index of its first item. */
  const starts = new Map<number, { page: number; index: number }[]>();
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
    if (seg.kind !== 'pagebreak' && seg.spread !== undefined) {
      const group = starts.get(seg.spread) ?? [];
      const prev = segments[s - 1];
      // Gaps go between the fillpage's own blocks, not inside one (a heading and its columns).
      if (prev?.kind === 'pagebreak' || prev?.spread !== seg.spread || prev.part !== seg.part) group.push({ page: pages.length - 1, index: page().length });
      starts.set(seg.spread, group);
      const next = segments[s + 1];
      const last = next === undefined || next.kind === 'pagebreak' || next.spread !== seg.spread;
      if (last) {
        // Spread after this last segment is placed (below), on the page it ends on.
        const end = () => spreadDown(pages, group, pages.length - 1, frame.bottom - y, maxSpread);
        placeSegment(seg, s);
        end();
        return;
      }
    }
    placeSegment(seg, s);
  });
  return pages;

  function placeSegment(seg: Segment, s: number) {
    if (seg.kind === 'pagebreak') {
      if (page().length > 0) newPage();
    } else if (seg.kind === 'banner') {
      if (page().length > 0) newPage();
      page().push(...seg.items);
      y = seg.bottom;
    } else {
      flow(seg, followerOf(segments, s + 1));
    }
  }
}

/**
 * Moves each segment of a group down by its share of `room`, when the whole group is on
 * `page`: the first stays, the last ends `room` lower (or less, with gaps capped at `max`).
 */
function spreadDown(pages: PlacedItem[][], group: readonly { page: number; index: number }[], page: number, room: number, max: number): void {
  if (group.length < 2 || group.some((g) => g.page !== page) || room <= 0) return;
  const gap = Math.min(room / (group.length - 1), max);
  const items = pages[page]!;
  group.forEach((g, i) => {
    const end = group[i + 1]?.index ?? items.length;
    for (let k = g.index; k < end; k++) items[k] = shifted(items[k]!, i * gap);
  });
}

function shifted(item: PlacedItem, dy: number): PlacedItem {
  switch (item.kind) {
    case 'rule':
      return { ...item, y1: item.y1 + dy, y2: item.y2 + dy };
    case 'text':
      return { ...item, y: item.y + dy, ...(item.link && { link: { ...item.link, box: { ...item.link.box, y: item.link.box.y + dy } } }) };
    case 'rect':
      return { ...item, y: item.y + dy };
    case 'vector':
      return { ...item, y: item.y + dy, ...(item.link && { link: { ...item.link, box: { ...item.link.box, y: item.link.box.y + dy } } }) };
  }
}

/** The start of the next flow segment, if the page flow continues into one. */
function followerOf(segments: readonly Segment[], s: number): Follower | undefined {
  const seg = segments[s];
  if (seg?.kind !== 'flow') return undefined;
  if (seg.items.length === 0) return followerOf(segments, s + 1);
  return { spaceBefore: seg.items[0]!.spaceBefore, need: leadNeed(seg.items, 0, followerOf(segments, s + 1)) };
}

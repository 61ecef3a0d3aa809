/**
 * Segments → pages, first-fit: each page filled as far as it goes (`fillPage`) and set as
 * it was fitted. The back matter (a `fillpage`) is laid out so. The segments of a
 * `fillpage` that all land on one page are spread down it: the room left below them is
 * shared out between its own blocks (parts), at most `maxSpread` pt per gap.
 */
import type { PlacedItem } from '../Page.js';
import { fillPage, type Position, type Row } from './fillPage.js';
import type { PageFrame } from './PageFrame.js';
import type { Segment } from './Segment.js';
import { asFitted, drawRows, rowSpans } from './setPage.js';

export function paginate(segments: readonly Segment[], frame: PageFrame, maxSpread = 0): PlacedItem[][] {
  const pages: PlacedItem[][] = [];
  let pos: Position = { s: 0, queue: null };
  for (;;) {
    const fill = fillPage(segments, pos, frame, false);
    // Where first-fit ended the page: the last end that keeps the page's own rows.
    const end = fill.ends.filter((e) => !e.last).at(-1)!;
    if (end.rows === 0) return pages;
    const rows = fill.rows.slice(0, end.rows);
    pages.push(drawRows(rows, frame, asFitted, spreadShifts(rows, segments, pos, end.next, frame, maxSpread)));
    pos = end.next;
  }
}

/**
 * How far each row moves down when a fill page's group lies wholly on this page (it starts
 * here, not continued from the page before, and ends here): each of its parts by its share
 * of the room left below, the first not at all.
 */
function spreadShifts(rows: readonly Row[], segments: readonly Segment[], start: Position, next: Position, frame: PageFrame, max: number): number[] | undefined {
  const spread = (s: number) => ofFillPage(segments[s])?.spread;
  const first = rows.findIndex((r) => spread(r.s) !== undefined);
  if (first < 0) return undefined;
  const group = spread(rows[first]!.s)!;
  const members = segments.flatMap((_, s) => (spread(s) === group ? [s] : []));
  const continued = start.s === members[0] && start.queue !== null;
  if (rows[first]!.s !== members[0] || continued || next.s <= members[members.length - 1]!) return undefined;
  // A new part where a row starts a segment of another of the fill page's own blocks.
  let part = 0;
  const parts = rows.map((row, i) => {
    const prev = rows[i - 1];
    if (i > first && prev && prev.s !== row.s && spread(row.s) === group && ofFillPage(segments[row.s])?.part !== ofFillPage(segments[prev.s])?.part) part++;
    return i < first ? 0 : part;
  });
  const room = frame.bottom - Math.max(...rowSpans(rows, frame, asFitted).map((r) => r.bottom));
  if (part < 1 || room <= 0) return undefined;
  const gap = Math.min(room / part, max);
  return parts.map((p) => p * gap);
}

/** The segment's place in a fill page, if it is in one. */
function ofFillPage(seg: Segment | undefined): { spread?: number; part?: number } | undefined {
  return seg && seg.kind !== 'pagebreak' ? seg : undefined;
}

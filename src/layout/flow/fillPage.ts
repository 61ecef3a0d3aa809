/**
 * One page of the document's flow, first-fit from a position, recording after each block
 * where the page could have ended instead. The composer (`composePages`) chooses among
 * these ends over the whole document; `setPage` then sets the rows chosen.
 *
 * A page is a list of rows, top to bottom: the banner, single blocks of a one-column flow
 * (each flexible, each with the space above it), and fills of a multi-column flow (set
 * as they were fitted). Pure: the same position always gives the same page.
 */
import { LayoutError } from '../LayoutError.js';
import { tooTall } from '../messages.js';
import type { PlacedItem } from '../Page.js';
import { balanceColumns } from './balanceColumns.js';
import type { Placement } from './fillColumn.js';
import { fillColumns } from './fillColumns.js';
import { EPSILON, type Flowable } from './Flowable.js';
import { leadNeed, type Follower } from './leadNeed.js';
import type { PageFrame } from './PageFrame.js';
import type { Segment } from './Segment.js';

/** Where the flow stands: segment `s`, and what is left of its blocks (all of them when null). */
export interface Position {
  s: number;
  queue: readonly Flowable[] | null;
}

/** A row of a page; `s` is the segment it comes from. */
export type Row = { s: number } & (
  | { kind: 'banner'; items: PlacedItem[]; bottom: number }
  /** A block of a one-column flow, `gap` pt below what stands above it. */
  | { kind: 'block'; flowable: Flowable; gap: number }
  /** Columns as fitted: placements per column, tops from the row's top; `gap` is the space above the first. */
  | { kind: 'columns'; count: number; columns: Placement[][]; height: number; gap: number }
);

export interface PageEnd {
  /** How many of the page's rows this end keeps. */
  rows: number;
  next: Position;
  /** The last row in place of the page's own: a smaller first piece of a block split across pages. */
  last?: Row;
}

export interface PageFill {
  rows: Row[];
  /** Where the page may end: after a block (not a heading) of a one-column flow, or where first-fit ended it. */
  ends: PageEnd[];
}

export function fillPage(segments: readonly Segment[], start: Position, frame: PageFrame, squeeze: boolean): PageFill {
  const rows: Row[] = [];
  const ends: PageEnd[] = [];
  let y = frame.top;
  let prevAfter: number | null = null;
  let pos = start;
  /** The last block row placed from a one-column flow, and where it came from. */
  let lastBlock: { row: number; s: number; queue: readonly Flowable[]; i: number } | null = null;
  const finish = (next: Position): PageFill => {
    if (ends[ends.length - 1]?.rows !== rows.length) ends.push({ rows: rows.length, next });
    if (lastBlock?.row === rows.length - 1) ends.push(...shorterSplits(rows[lastBlock.row] as BlockRow, lastBlock));
    return { rows, ends };
  };
  while (pos.s < segments.length) {
    const seg = segments[pos.s]!;
    const after = { s: pos.s + 1, queue: null };
    if (seg.kind === 'pagebreak') {
      if (rows.length > 0) return finish(after);
      pos = after;
      continue;
    }
    if (seg.kind === 'banner') {
      if (rows.length > 0) return finish(pos);
      rows.push({ kind: 'banner', s: pos.s, items: seg.items, bottom: seg.bottom });
      y = seg.bottom;
      pos = after;
      continue;
    }
    const queue = pos.queue ?? seg.items;
    if (queue.length === 0) {
      pos = after;
      continue;
    }
    const n = seg.columns;
    const room = frame.bottom - y;
    // Only one-column flows are set flexibly: fitted columns keep their heights.
    const opts = { prevAfter, lastResort: y === frame.top, follower: followerOf(segments, pos.s + 1), squeeze: squeeze && n === 1 };
    let fill = fillColumns(queue, n, room, opts);
    if (fill.rest.length === 0 && n > 1) fill = balanceColumns(queue, n, fill, opts);
    if (fill.columns.every((c) => c.length === 0)) {
      if (opts.lastResort) {
        const f = queue[0]!;
        throw new LayoutError(tooTall(f.kind, f.line, f.minHead - room, room, n > 1 ? 'an empty column' : 'an empty page'));
      }
      return finish(pos);
    }
    const rest = fill.rest;
    const nextOf = (left: readonly Flowable[]): Position => (left.length > 0 ? { s: pos.s, queue: left } : after);
    if (n === 1) {
      const placed = fill.columns[0]!;
      placed.forEach((p, j) => {
        const gap = j === 0 ? (prevAfter === null ? 0 : Math.max(prevAfter, p.flowable.spaceBefore)) : Math.max(placed[j - 1]!.flowable.spaceAfter, p.flowable.spaceBefore);
        rows.push({ kind: 'block', s: pos.s, flowable: p.flowable, gap });
        lastBlock = { row: rows.length - 1, s: pos.s, queue, i: j };
        // An end after a block that is not a heading: the next page starts with what follows.
        // (Only the last placement can be a split's head; where one is left, first-fit ends the page.)
        const whole = j < placed.length - 1 || rest.length === 0;
        if (whole && !p.flowable.keepWithNext) ends.push({ rows: rows.length, next: nextOf(queue.slice(j + 1)) });
      });
    } else {
      const gap = fill.columns[0]![0]!.y;
      rows.push({ kind: 'columns', s: pos.s, count: n, columns: fill.columns, height: fill.height - gap, gap });
      if (rest.length === 0) ends.push({ rows: rows.length, next: after });
    }
    if (n > 1) lastBlock = null;
    if (rest.length > 0) return finish(nextOf(rest));
    y += fill.height;
    prevAfter = fill.lastAfter;
    pos = after;
  }
  return finish(pos);
}

type BlockRow = Extract<Row, { kind: 'block' }>;

/** Smaller first pieces tried for the page's last block, at most. */
const SHORTER = 6;

/**
 * The page may also end inside its last block at an earlier allowed break (a paragraph,
 * list or table split higher up), the rest going to the next page: ends with that piece
 * as the last row. Each split obeys the block's rules (widows, orphans, a table's head).
 */
function shorterSplits(row: BlockRow, from: { row: number; s: number; queue: readonly Flowable[]; i: number }): PageEnd[] {
  const whole = from.queue[from.i]!;
  const ends: PageEnd[] = [];
  let room = row.flowable.height - EPSILON;
  for (let k = 0; k < SHORTER; k++) {
    const parts = whole.split(room, false);
    if (!parts || parts.head.height >= row.flowable.height) break;
    ends.push({ rows: from.row + 1, last: { ...row, flowable: parts.head }, next: { s: from.s, queue: [parts.tail, ...from.queue.slice(from.i + 1)] } });
    room = parts.head.height - EPSILON;
  }
  return ends;
}

/** A position's identity: two positions with the same key leave the same document to set. */
export function positionKey(segments: readonly Segment[], pos: Position): string {
  const seg = segments[pos.s];
  const queue = pos.queue ?? (seg?.kind === 'flow' ? seg.items : []);
  return `${pos.s}:${queue.length}:${queue[0]?.piece ?? 0}`;
}

/** The start of the next flow segment, if the page flow continues into one. */
export function followerOf(segments: readonly Segment[], s: number): Follower | undefined {
  const seg = segments[s];
  if (seg?.kind !== 'flow') return undefined;
  if (seg.items.length === 0) return followerOf(segments, s + 1);
  return { spaceBefore: seg.items[0]!.spaceBefore, need: leadNeed(seg.items, 0, followerOf(segments, s + 1)) };
}

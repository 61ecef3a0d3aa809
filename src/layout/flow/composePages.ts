/**
 * Segments → pages, chosen over the whole document rather than first-fit. Each page is
 * filled first-fit from where the last one ended, at natural and at squeezed heights, and
 * may end after any of its blocks instead (see `fillPage`); every choice is set and given
 * a cost (`pageCost`), and a search over pages keeps, for each place in the document, the
 * cheapest way to reach it (dynamic programming over break points, as in Plass 1981, with
 * a bounded number of places per page). Finished arrangements then pay for a page count
 * off the policy, and the cheapest wins.
 *
 * The back matter (a `fillpage`: the help page) follows the body on pages of its own,
 * laid out by `paginate` and spread to fill its page; the body's last page is the one
 * before it.
 */
import { leastFill, type PagePolicy } from '../PagePolicy.js';
import type { Flowable } from './Flowable.js';
import type { PlacedItem } from '../Page.js';
import { fillPage, positionKey, type Position, type Row } from './fillPage.js';
import type { PageFrame } from './PageFrame.js';
import { countCost, pageCost, TRAILING_AT_TOP } from './pageCost.js';
import type { Segment } from './Segment.js';
import { drawRows, settingOf, type PageSetting } from './setPage.js';

/** A composed page: its items, and how it was set and judged. */
export interface ComposedPage {
  items: PlacedItem[];
  setting: PageSetting;
  /** What this page added to the arrangement's cost. */
  cost: number;
  /** Whether the page is back matter (set by `paginate`, not chosen). */
  back: boolean;
  /** Whether the page ends between a table and its chart. */
  chartApart: boolean;
}

export interface Composition {
  pages: ComposedPage[];
  /** The whole arrangement's cost, page count included. */
  cost: number;
}

export interface ComposeOptions {
  policy: PagePolicy;
  /** Most space added to a gap between rows, pt (`theme.space.stretch`). */
  maxGap: number;
  /** Lays out the back matter (the segments from its page break on). */
  back: (segments: readonly Segment[]) => PlacedItem[][];
}

/** Places kept per page count: enough for a few pages' break choices, bounded for time. */
const BEAM = 24;
/** Pages beyond which no arrangement is looked for. */
const MAX_PAGES = 64;

interface Node {
  pos: Position;
  cost: number;
  pages: number;
  prev: Node | null;
  rows: readonly Row[];
  setting: PageSetting | null;
  pageCost: number;
}

export function composePages(segments: readonly Segment[], frame: PageFrame, options: ComposeOptions): Composition {
  const { policy, maxGap } = options;
  const split = backStart(segments);
  const body = segments.slice(0, split);
  const backPages = split < segments.length ? options.back(segments.slice(split)) : [];

  const ended = (pos: Position) => pos.s >= body.length;
  const start: Node = { pos: { s: 0, queue: null }, cost: 0, pages: 0, prev: null, rows: [], setting: null, pageCost: 0 };
  // Layer k: the cheapest way found to each place in the document after k pages.
  let layer = new Map<string, Node>([[positionKey(body, start.pos), start]]);
  let best: { node: Node; cost: number } | null = ended(start.pos) ? { node: start, cost: 0 } : null;
  for (let k = 0; k < MAX_PAGES && layer.size > 0; k++) {
    const next = new Map<string, Node>();
    const kept = [...layer.values()].sort((a, b) => a.cost - b.cost).slice(0, BEAM);
    for (const node of kept) {
      const seen = new Set<string>();
      for (const squeeze of [false, true]) {
        const fill = fillPage(body, node.pos, frame, squeeze);
        for (const end of fill.ends) {
          const key = positionKey(body, end.next);
          if (seen.has(key)) continue;
          seen.add(key);
          const rows = end.last ? [...fill.rows.slice(0, end.rows - 1), end.last] : fill.rows.slice(0, end.rows);
          const last = ended(end.next);
          // A page before the last body page is judged as one well before the end (its true place is not known yet).
          const need = last ? leastFill(policy, node.pages, node.pages + 1 + backPages.length) : policy.minFill;
          const setting = settingOf(rows, frame, maxGap, last, need);
          const own = pageCost(setting, need, maxGap, last) + penaltiesOf(rows);
          const child: Node = { pos: end.next, cost: node.cost + own, pages: node.pages + 1, prev: node, rows, setting, pageCost: own };
          if (last) {
            const total = child.cost + countCost(child.pages + backPages.length, policy);
            if (!best || total < best.cost - 1e-9) best = { node: child, cost: total };
          } else {
            const there = next.get(key);
            if (!there || child.cost < there.cost) next.set(key, child);
          }
        }
      }
    }
    layer = next;
  }
  if (!best) throw new Error('layout: no arrangement of the pages was found');
  const chosen: Node[] = [];
  for (let n: Node | null = best.node; n?.setting; n = n.prev) chosen.unshift(n);
  const pages: ComposedPage[] = chosen.map((n) => ({ items: drawRows(n.rows, frame, n.setting!), setting: n.setting!, cost: n.pageCost, back: false, chartApart: flowablesOf(n.rows).some((f) => (f.penalty ?? 0) > 0) }));
  for (const items of backPages) pages.push({ items, setting: backSetting(items, frame), cost: 0, back: true, chartApart: false });
  return { pages, cost: best.cost };
}

/** Where the back matter starts: the page break before the last `fillpage`'s segments. */
function backStart(segments: readonly Segment[]): number {
  const first = segments.findIndex((s) => s.kind !== 'pagebreak' && s.spread !== undefined);
  if (first < 0) return segments.length;
  return first > 0 && segments[first - 1]!.kind === 'pagebreak' ? first - 1 : first;
}

/**
 * What the page's breaks cost beyond its fill: a chart parted from its table, where one
 * is, and small print left to start the page, away from what it belongs to.
 */
function penaltiesOf(rows: readonly Row[]): number {
  const first = rows.find((r) => r.kind !== 'banner');
  const trailing = first?.kind === 'block' && first.flowable.trailing ? TRAILING_AT_TOP : 0;
  return flowablesOf(rows).reduce((sum, f) => sum + (f.penalty ?? 0), trailing);
}

/** The blocks set on the page, those in columns too. */
function flowablesOf(rows: readonly Row[]): Flowable[] {
  return rows.flatMap((r) => (r.kind === 'block' ? [r.flowable] : r.kind === 'columns' ? r.columns.flat().map((p) => p.flowable) : []));
}

/** A back page as `paginate` set it: how far down its area its lowest item reaches. */
function backSetting(items: readonly PlacedItem[], frame: PageFrame): PageSetting {
  const area = frame.bottom - frame.top;
  const lowest = Math.max(frame.top, ...items.map((it) => (it.kind === 'rule' ? Math.max(it.y1, it.y2) : it.kind === 'text' ? it.y : it.y + it.h)).filter((y) => y <= frame.bottom));
  return { ratio: 0, gapExtra: 0, free: frame.bottom - lowest, fill: (lowest - frame.top) / area };
}

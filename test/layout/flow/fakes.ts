/**
 * Flowables made of numbers alone, for pagination specs. Each draws one 1-pt-wide rect per
 * piece (or per line) whose colour's `name` is the piece's name, so a test can read where it went.
 */
import { flexAt, type Flowable } from '../../../src/layout/flow/Flowable.js';
import type { PageFrame } from '../../../src/layout/flow/PageFrame.js';
import { solidFlowable } from '../../../src/layout/flow/solidFlowable.js';
import { stackFlowable, type Slice } from '../../../src/layout/flow/stackFlowable.js';
import type { Color } from '../../../src/graphics/Color.js';
import type { PlacedItem, PlacedRect } from '../../../src/layout/Page.js';

interface Spacing {
  before?: number;
  after?: number;
}

const meta = (kind: string, s: Spacing = {}) => ({ kind, line: 1, spaceBefore: s.before ?? 0, spaceAfter: s.after ?? 0 });

/** An unsplittable block `height` pt tall. */
export function solid(name: string, height: number, s?: Spacing): Flowable {
  return solidFlowable(meta(name, s), height, (x, y) => [mark(name, x, y, height)]);
}

/** A heading: unsplittable, kept with the start of the next block. */
export function heading(name: string, height: number, s?: Spacing): Flowable {
  return solidFlowable({ ...meta(name, s), keepWithNext: true }, height, (x, y) => [mark(name, x, y, height)]);
}

/** A paragraph of `n` lines, `leading` pt each, drawn as `name:1` … `name:n`; widow/orphan rules apply. */
export function para(name: string, n: number, leading = 10, s?: Spacing, trailing = false): Flowable {
  const slices: Slice[] = Array.from({ length: n }, (_, k) => ({
    height: leading,
    gapBefore: 0,
    breakBefore: k === 1 || k === n - 1 ? 'avoid' : 'good',
    draw: (x: number, y: number) => [mark(`${name}:${k + 1}`, x, y, leading)],
  }));
  return stackFlowable({ ...meta(name, s), ...(trailing && { trailing }) }, slices);
}

/** A chart's note: a paragraph that belongs to what stands above it. */
export const note = (name: string, n: number, leading = 10): Flowable => para(name, n, leading, undefined, true);

/** A colour that only carries a name: what pagination specs trace pieces by. */
export function named(name: string): Color {
  return { name, rgb: [0, 0, 0], cmyk: [0, 0, 0, 100] };
}

function mark(name: string, x: number, y: number, h: number): PlacedRect {
  return { kind: 'rect', x, y, w: 1, h, color: named(name) };
}

/** Where each named piece landed: name → [page, x, y]. */
export function where(pages: PlacedItem[][]): Record<string, [number, number, number]> {
  const out: Record<string, [number, number, number]> = {};
  pages.forEach((items, p) => {
    for (const it of items) if (it.kind === 'rect') out[it.color.name] = [p, it.x, it.y];
  });
  return out;
}

/** A 200 × 200 pt page whose text area is 180 pt wide and 100 pt tall: y from 10 to 110. */
export const frame: PageFrame = { width: 200, height: 200, left: 10, top: 10, bottom: 110, textWidth: 180, columnGap: 10, minColumnWidth: 50, minChartColumnWidth: 50 };

/** A chart-like block `height` pt tall that may grow by `stretch` and shrink by `shrink`; its mark is as tall as it is set. */
export function flex(name: string, height: number, range: { stretch?: number; shrink?: number }, s?: Spacing): Flowable {
  const stretch = range.stretch ?? 0;
  const shrink = range.shrink ?? 0;
  return solidFlowable(meta(name, s), height, (x, y, ratio) => [mark(name, x, y, flexAt(height, stretch, shrink, ratio))], { stretch, shrink });
}

/** Name → [page, y, height] of each mark. */
export function boxes(pages: PlacedItem[][]): Record<string, [number, number, number]> {
  const out: Record<string, [number, number, number]> = {};
  pages.forEach((items, p) => {
    for (const it of items) if (it.kind === 'rect') out[it.color.name] = [p, it.y, it.h];
  });
  return out;
}

/**
 * Sets the rows chosen for a page: the vertical justification of a designer's page. Where
 * the rows are taller than the page area (fitted squeezed) the flexible blocks (charts)
 * shrink, all by one ratio; where they are shorter, the charts grow, up to their most,
 * and then the spaces between rows stretch, at most `maxGap` pt each (never inside a
 * paragraph or a table, never below a heading), so a full page ends at the footer. A
 * ragged page (the last before the back page) ends where its content does, opened up only
 * as far as its least fill where it would fall short of it. Lengths are pt.
 */
import type { PlacedItem } from '../Page.js';
import type { Row } from './fillPage.js';
import { EPSILON, heightAt } from './Flowable.js';
import { columnWidth, type PageFrame } from './PageFrame.js';

export interface PageSetting {
  /** The ratio flexible blocks are set at: -1 least, 0 natural, 1 most. */
  ratio: number;
  /** Space added to each stretchable gap, pt. */
  gapExtra: number;
  /** Room left between the last row and the bottom of the page area, pt. */
  free: number;
  /** How far down the page area the content reaches (0–1). */
  fill: number;
}

/** `least`: for a ragged page, the fill it should reach if it can (its policy's least fill). */
export function settingOf(rows: readonly Row[], frame: PageFrame, maxGap: number, ragged: boolean, least = 0): PageSetting {
  let top = frame.top;
  let natural = 0;
  let stretch = 0;
  let shrink = 0;
  let gaps = 0;
  rows.forEach((row, i) => {
    if (row.kind === 'banner') {
      top = row.bottom;
      return;
    }
    natural += row.gap + (row.kind === 'block' ? row.flowable.height : row.height);
    if (row.kind === 'block') {
      stretch += row.flowable.stretch;
      shrink += row.flowable.shrink;
    }
    if (stretchable(rows, i)) gaps++;
  });
  const room = frame.bottom - top;
  let free = room - natural;
  let ratio = 0;
  let gapExtra = 0;
  if (free < -EPSILON) {
    ratio = shrink > 0 ? Math.max(-1, free / shrink) : 0;
    free -= ratio * shrink;
  } else {
    // A ragged page grows only as far as its least fill, where it falls short of it.
    const reached = top - frame.top + natural;
    const grow = ragged ? Math.min(free, Math.max(0, least * (frame.bottom - frame.top) - reached)) : free;
    ratio = stretch > 0 ? Math.min(1, grow / stretch) : 0;
    // Opening up a short last page may take up to twice the gap a full page may: it has fewer blocks to share it.
    gapExtra = gaps > 0 ? Math.min(ragged ? 2 * maxGap : maxGap, (grow - ratio * stretch) / gaps) : 0;
    free -= ratio * stretch + gapExtra * gaps;
  }
  return { ratio, gapExtra, free, fill: Math.min(1, (frame.bottom - frame.top - free) / (frame.bottom - frame.top)) };
}

/** A page set as it was fitted: no ratio, no added space. */
export const asFitted: PageSetting = { ratio: 0, gapExtra: 0, free: 0, fill: 0 };

/** Where each row's content starts and ends on the page, pt from the page top. */
export function rowSpans(rows: readonly Row[], frame: PageFrame, setting: PageSetting): { top: number; bottom: number }[] {
  let y = frame.top;
  return rows.map((row, i) => {
    if (row.kind === 'banner') {
      y = row.bottom;
      return { top: 0, bottom: row.bottom };
    }
    y += row.gap + (stretchable(rows, i) ? setting.gapExtra : 0);
    const top = y;
    y += row.kind === 'block' ? heightAt(row.flowable, setting.ratio) : row.height;
    return { top, bottom: y };
  });
}

/** The rows' items at their places on the page; `shifts` moves rows further down, pt each. */
export function drawRows(rows: readonly Row[], frame: PageFrame, setting: PageSetting, shifts?: readonly number[]): PlacedItem[] {
  const spans = rowSpans(rows, frame, setting);
  return rows.flatMap((row, i) => {
    if (row.kind === 'banner') return row.items;
    const y = spans[i]!.top + (shifts?.[i] ?? 0);
    if (row.kind === 'block') return row.flowable.draw(frame.left, y, setting.ratio);
    const width = columnWidth(frame, row.count);
    return row.columns.flatMap((col, c) => col.flatMap((p) => p.flowable.draw(frame.left + c * (width + frame.columnGap), y - row.gap + p.y)));
  });
}

/** A gap that may stretch: between two rows of the flow, not below a heading. */
function stretchable(rows: readonly Row[], i: number): boolean {
  const prev = rows[i - 1];
  if (i === 0 || prev === undefined || prev.kind === 'banner') return false;
  return !(prev.kind === 'block' && prev.flowable.keepWithNext);
}

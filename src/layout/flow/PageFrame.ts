import type { Theme } from '../../theme.js';

/** The page area text flows in, pt from the trim box's top-left corner. */
export interface PageFrame {
  width: number;
  height: number;
  left: number;
  top: number;
  /** Lowest y any flowed block may reach. */
  bottom: number;
  textWidth: number;
  columnGap: number;
  /** Columns narrower than this fold into fewer (see `columnCount`). */
  minColumnWidth: number;
}

export function pageFrame(theme: Theme): PageFrame {
  const { width, height, margin, columnGap, minColumnWidth } = theme.page;
  return {
    width,
    height,
    left: margin.left,
    top: margin.top,
    bottom: height - margin.bottom,
    textWidth: width - margin.left - margin.right,
    columnGap,
    minColumnWidth,
  };
}

/** Width of one of `count` columns across `width` (the text width by default), pt. */
export function columnWidth(frame: PageFrame, count: number, width = frame.textWidth): number {
  return (width - (count - 1) * frame.columnGap) / count;
}

/**
 * How many columns `count` asked-for columns across `width` become: as many as keep each
 * at least `minColumnWidth` wide, and at least one. Two columns on A4 stay two; on A5
 * they fold into one, so the same markup sets well on both.
 */
export function columnCount(frame: PageFrame, count: number, width = frame.textWidth): number {
  let n = count;
  while (n > 1 && columnWidth(frame, n, width) < frame.minColumnWidth) n--;
  return n;
}

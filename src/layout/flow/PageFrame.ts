import type { Theme } from '../../theme.js';

/** The page area text flows in, pt from the page's top-left corner. */
export interface PageFrame {
  width: number;
  height: number;
  left: number;
  top: number;
  /** Lowest y any flowed block may reach. */
  bottom: number;
  textWidth: number;
  columnGap: number;
}

export function pageFrame(theme: Theme): PageFrame {
  const { width, height, margin, columnGap } = theme.page;
  return { width, height, left: margin.left, top: margin.top, bottom: height - margin.bottom, textWidth: width - margin.left - margin.right, columnGap };
}

/** Width of one of `count` columns across the text width, pt. */
export function columnWidth(frame: PageFrame, count: number): number {
  return (frame.textWidth - (count - 1) * frame.columnGap) / count;
}

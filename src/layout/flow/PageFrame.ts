import type { Block, ColumnsBlock } from '../../markup/Block.js';
import type { Theme } from '../../model/Theme.js';

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
  /** The same for columns that hold a chart: a chart needs room for its axis and legend. */
  minChartColumnWidth: number;
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
    minChartColumnWidth: Math.max(minColumnWidth, theme.chart.minWidth),
  };
}

/** Width of one of `count` columns across `width` (the text width by default), pt. */
export function columnWidth(frame: PageFrame, count: number, width = frame.textWidth): number {
  return (width - (count - 1) * frame.columnGap) / count;
}

/**
 * How many columns a `columns` block across `width` becomes: as many of those it asks for
 * as keep each at least `minColumnWidth` wide (`minChartColumnWidth` when it holds a
 * chart), and at least one. Two columns of charts on A4 stay two; on A5 they fold into
 * one, while two columns of contact boxes stay two, so the same markup sets well on both.
 */
export function columnCount(frame: PageFrame, block: ColumnsBlock, width = frame.textWidth): number {
  const min = holdsChart(block.children) ? frame.minChartColumnWidth : frame.minColumnWidth;
  let n = block.count;
  while (n > 1 && columnWidth(frame, n, width) < min) n--;
  return n;
}

export function holdsChart(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.kind === 'chart' || ('children' in b && holdsChart(b.children)));
}

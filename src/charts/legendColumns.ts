/**
 * How a category legend is laid out at a chart's width: the most columns, up to the
 * template's, for which every column is as wide as the longest label, and how much taller
 * the chart gets for the rows beyond the `ROWS_IN_SLOT` the theme's chart heights allow
 * for. Labels are never truncated, so long names ("Bosnia and Herzegovina",
 * "Centralnoafriška republika") take more rows, and the plot keeps its height; a label
 * wider than the chart still reports that it overflows.
 */
import type { Theme } from '../model/Theme.js';
import { LEGEND_COLUMN_PADDING, LEGEND_LABEL_OFFSET, LEGEND_ROW_PADDING } from './chartConfig.js';
import type { TextWidth } from './chartRows.js';

/** Legend rows the theme's chart heights include; more make the chart taller. */
const ROWS_IN_SLOT = 3;

export interface LegendLayout {
  columns: number;
  /** Height added to the chart for rows beyond `ROWS_IN_SLOT`, pt. */
  extraHeight: number;
}

export function legendColumns(max: number, labels: readonly string[], width: number, theme: Theme, textWidth: TextWidth): LegendLayout {
  const size = theme.type.chart.size;
  // The swatch is a square as wide as the text is high (see `chartConfig`).
  const entry = size + LEGEND_LABEL_OFFSET + Math.max(0, ...labels.map((l) => textWidth(l, size, false)));
  let columns = Math.max(1, max);
  while (columns > 1 && columns * entry + (columns - 1) * LEGEND_COLUMN_PADDING > width) columns--;
  const rows = Math.ceil(labels.length / columns);
  return { columns, extraHeight: Math.max(0, rows - ROWS_IN_SLOT) * (size + LEGEND_ROW_PADDING) };
}

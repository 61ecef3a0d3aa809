/**
 * How many columns a category legend can have at a chart's width: the most, up to the
 * template's, for which every column is as wide as the longest label. Labels are never
 * truncated, so long names ("Bosnia and Herzegovina", "Centralnoafriška republika")
 * take more rows instead; a label wider than the chart still reports that it overflows.
 */
import type { Theme } from '../theme.js';
import { LEGEND_COLUMN_PADDING, LEGEND_LABEL_OFFSET } from './chartConfig.js';
import type { TextWidth } from './chartRows.js';

export function legendColumns(max: number, labels: readonly string[], width: number, theme: Theme, textWidth: TextWidth): number {
  const size = theme.type.chart.size;
  // The swatch is a square as wide as the text is high (see `chartConfig`).
  const entry = size + LEGEND_LABEL_OFFSET + Math.max(0, ...labels.map((l) => textWidth(l, size, false)));
  for (let n = max; n > 1; n--) if (n * entry + (n - 1) * LEGEND_COLUMN_PADDING <= width) return n;
  return 1;
}

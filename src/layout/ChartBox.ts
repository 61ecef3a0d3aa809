/**
 * A chart as layout sees it before it is drawn: the width of its column, the range of
 * heights its slot may take, and what its drawing adds below the slot (legend rows beyond
 * those the theme's heights include). Layout chooses a slot height in the range for the
 * page the chart lands on; the chart is then drawn at exactly that size, never scaled.
 * Lengths are pt.
 */
export interface ChartBox {
  width: number;
  least: number;
  preferred: number;
  most: number;
  /** Height the drawing adds to any slot height. */
  extra: number;
  /** Alternative text and data tables of the chart's Figure. */
  alt: string;
  tables: readonly string[];
  /** The box across the text width, where the chart's columns may fold into one. */
  folded?: ChartBox;
}

/** A chart's slot as chosen by layout: what the chart stage draws it at. */
export interface ChartSize {
  width: number;
  height: number;
}

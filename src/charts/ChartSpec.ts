/**
 * What the charts stage produces and the chartsvg stage renders: one Vega-Lite spec per
 * chart, with its data, words, colours and size filled in, its alternative text, and the
 * theme colours it is drawn in.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Color } from '../graphics/Color.js';
import type { HatchFill } from '../graphics/Vector.js';

export interface ChartSpec {
  /** The chart's id: its template's file stem and the `<chart ref="…"/>` of the layout markup. */
  id: string;
  /** A complete Vega-Lite v6 spec; it opens as it is in the Vega editor. */
  spec: TopLevelSpec;
  /** Alternative text generated from the chart's data, in the edition's language. */
  alt: string;
  /** The data tables (file stems, e.g. `sales`) the chart draws. */
  tables: readonly string[];
  /** The colours the spec uses, by `#rrggbb`, so the drawing maps back to theme colours. */
  palette: ReadonlyMap<string, Color>;
  /**
   * Fills drawn hatched, by the paint the spec writes for them, `#rrggbb@opacity` (see
   * `paintKey`): a category's colour at the fill opacity of inferred figures.
   */
  hatched: ReadonlyMap<string, HatchFill>;
}

/** How a fill of `hex` at `opacity` is looked up in `ChartSpec.hatched`. */
export function paintKey(hex: string, opacity: number): string {
  return `${hex.toLowerCase()}@${opacity}`;
}

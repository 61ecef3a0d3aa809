/**
 * A chart drawn: vega's SVG parsed once into vector shapes with theme colours, at the size
 * layout gave the chart. Layout places it; exporters paint its shapes.
 */
import type { VectorShape } from '../graphics/Vector.js';

export interface ChartGraphic {
  /** The chart's id, as named by `<chart ref="…"/>` in the layout markup. */
  id: string;
  /** Size, pt: exactly the slot layout gave it. */
  width: number;
  height: number;
  shapes: VectorShape[];
  /** Alternative text generated from the chart's data, in the edition's language. */
  alt: string;
  /** The data tables (file stems) the chart draws. */
  tables: readonly string[];
}

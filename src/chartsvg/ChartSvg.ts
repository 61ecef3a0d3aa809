/** A chart rendered to SVG, ready to be placed by layout and painted by paint. */
export interface ChartSvg {
  /** The chart's id, as named by `<chart ref="…"/>` in the layout markup. */
  id: string;
  svg: string;
  /** Natural size of the SVG, pt (1 SVG px is painted as 1 pt). */
  width: number;
  height: number;
  /** Alternative text generated from the chart's data, in the edition's language. */
  alt: string;
}

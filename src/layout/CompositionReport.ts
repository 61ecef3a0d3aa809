/**
 * How layout composed a document's pages: each page's fill, free space and cost, and the
 * page policy's rules no arrangement could meet, in words (one warning per file).
 */
export interface PageReport {
  /** How far down the page area the content reaches (0–1). */
  fill: number;
  /** Room left above the bottom of the page area, pt. */
  free: number;
  /** The ratio its charts were set at (-1 least, 0 preferred, 1 most) and the space added per gap, pt. */
  ratio: number;
  gapExtra: number;
  /** What the page added to the arrangement's cost. */
  cost: number;
  /** Back matter (the help page), set as a page of its own. */
  back: boolean;
  /** The page ends between a table and its chart (the chart on the next page). */
  chartApart: boolean;
}

export interface CompositionReport {
  pages: PageReport[];
  /** The whole arrangement's cost. */
  cost: number;
  /** The `columns` blocks set in another number of columns (by markup line), and the tables set transposed by choice. */
  columns: { line: number; count: number }[];
  transposed: number[];
  /** Rules of the page policy this arrangement breaks, each with by how much. */
  unmet: string[];
}

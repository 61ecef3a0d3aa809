/**
 * The data contract's bounds (README, "Any edition"): what the charts, tables and layout
 * are made and tested for (property tests and the extreme editions' reference pages).
 * Values beyond them are refused where they are typed, never passed on to be blamed on a
 * text's width or a chart's legend.
 */
export const BOUNDS = {
  /** Years one edition covers (1 is the least: a table needs a row). */
  years: 15,
  /** The largest figure of any table: people counted in one year. */
  figure: 1_000_000,
  /**
   * Characters of one text: the longest real one has 594 (a definition among the edition's texts); layout time
   * grows with a paragraph's length, and a text of a whole page cannot fit its place anyway.
   */
  textChars: 2_000,
} as const;

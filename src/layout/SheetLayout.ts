/**
 * Paper a publication small enough to print several to a page (the help card) is printed
 * on at the office, and how the copies sit on it (`imposeSheets`). Units are pt.
 */
export interface SheetLayout {
  /** The sheet, pt (A4 portrait: 595.28 × 841.89). */
  width: number;
  height: number;
  /** Copies of each page across and down, butted (one cut between neighbours). */
  across: number;
  down: number;
}

/**
 * Stroke weights and small decoration sizes the theme does not name, pt. Kept here so the
 * look is tuned in one place; everything else (colours, type, spacing) comes from the theme.
 */
export const decoration = {
  /** Rules between table body rows and above the footer. */
  hairline: 0.5,
  /** Rule above a table's totals rows. */
  footRule: 0.75,
  /** Accent bar above an h1: thickness, length, and gap to the heading's line box. */
  h1Bar: { thickness: 2.5, length: 28, gap: 4 },
  /** Accent stripe along the banner's bottom edge. */
  bannerStripe: 4,
  /** Left accent bar of a contact box. */
  contactBar: 3,
  /** Link underline: distance below the baseline and weight. */
  underline: { offset: 1.5, width: 0.5 },
  /**
   * List bullet square: side, and its centre's height above the baseline, in font sizes;
   * it is the item's label (Lbl) and reads as `reads`.
   */
  bullet: { size: 0.32, raise: 0.243, reads: '\u2022' },
} as const;

/**
 * What a publication asks of its pages, per page size; layout reads it and chooses the
 * arrangement that meets it best (see `composePages`). Fills are shares (0–1) of the page
 * area, from the top margin to the lowest line blocks may reach above the footer.
 */
export interface PagePolicy {
  /** Page counts a printer can use: a multiple of this (2: sheets printed both sides; 4: a saddle-stitched booklet). */
  pageMultiple: number;
  /** The page count wanted where the content allows it (four for a folded A4 leaflet). */
  preferredPages?: number;
  /**
   * The most pages there may be (a card has two sides): content that needs more is a
   * layout problem, not a longer document. None: as many as the content needs.
   */
  maxPages?: number;
  /**
   * Whether each page carries the footer (publisher, date, page label) in its bottom
   * margin; a card has no room for it and needs none. Default: it does.
   */
  footer?: boolean;
  /** Least fill of every page but the last two. */
  minFill: number;
  /** Least fill of the page before the last (before the back page, where there is one). */
  minFillBeforeLast: number;
}

/** The least fill the policy asks of page `index` (0-based) of `pages`. */
export function leastFill(policy: PagePolicy, index: number, pages: number): number {
  if (index < pages - 2) return policy.minFill;
  return index === pages - 2 ? policy.minFillBeforeLast : 0;
}

/** No demands: pages as full as they come, any count (tests of pagination alone). */
export const anyPages: PagePolicy = { pageMultiple: 1, minFill: 0, minFillBeforeLast: 0 };

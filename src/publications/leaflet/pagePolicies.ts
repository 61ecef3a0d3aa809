/**
 * What the leaflet asks of its pages, per page size (layout reads it; see `PagePolicy`):
 * - A4: sheets printed on both sides, so an even count, four as the printed leaflet;
 * - A5: a saddle-stitched booklet, so a multiple of four, the help page its back cover.
 * Every page but the last two is filled to at least 75 % of its area, the page before the
 * back page to at least 40 %.
 */
import type { PagePolicy } from '../../layout/PagePolicy.js';
import type { PageSize } from '../../model/Theme.js';

const fill = { minFill: 0.75, minFillBeforeLast: 0.4 };

export const pagePolicies: Record<PageSize, PagePolicy> = {
  a4: { pageMultiple: 2, preferredPages: 4, ...fill },
  a5: { pageMultiple: 4, ...fill },
};

/**
 * What the help card asks of its pages: exactly two, front and back, each spread down its
 * side (`fillpage`), no footer. Content that needs a third side is a layout problem that
 * names the text to shorten.
 */
import type { PagePolicy } from '../../layout/PagePolicy.js';
import type { PageSize } from '../../model/Theme.js';

export const pagePolicies: Record<PageSize, PagePolicy> = {
  id1: { pageMultiple: 2, preferredPages: 2, maxPages: 2, minFill: 0, minFillBeforeLast: 0, footer: false },
};

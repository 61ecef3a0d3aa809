/**
 * The cost of a page and of a page count: one scale for every rule of the page policy, so
 * the composer can weigh a slightly emptier page against a chart set smaller. Rules weigh
 * far more than taste: a page count a printer cannot use more than any underfull page, an
 * underfull page (below the policy's fill) more than anything a designer would trade.
 */
import type { PagePolicy } from '../PagePolicy.js';
import type { PageSetting } from './setPage.js';

/** A page count that is not a multiple of the policy's. */
export const WRONG_COUNT = 1e6;
/** A page filled below the policy's least fill: this, and more the further below. */
export const UNDERFULL = 1e4;
/** Each page off the preferred count. */
export const OFF_PREFERRED = 3000;
/** A page that starts with small print belonging to the page before (a chart's notes or sources). */
export const TRAILING_AT_TOP = 60;

/**
 * `need`: the least fill this page must reach (0 where none); a `last` page of the flow is
 * as long as what is left, so only the rule, not taste, asks it to be fuller.
 */
export function pageCost(setting: PageSetting, need: number, maxGap: number, last: boolean): number {
  const short = need - setting.fill;
  // A deep hole weighs more than its depth: a few pages a little short look better than one nearly empty.
  const rule = short > 1e-6 ? UNDERFULL + 1e5 * short + 1e6 * short ** 2 : 0;
  // Taste: full pages, charts near the height the theme prefers, spaces near their natural size.
  const empty = last ? 0 : 200 * (1 - setting.fill) ** 2;
  const flex = 20 * setting.ratio ** 2;
  const spread = maxGap > 0 ? 20 * (setting.gapExtra / maxGap) ** 2 : 0;
  return rule + empty + flex + spread + 10;
}

export function countCost(pages: number, policy: PagePolicy): number {
  const wrong = pages % policy.pageMultiple === 0 ? 0 : WRONG_COUNT;
  const off = policy.preferredPages === undefined ? 0 : OFF_PREFERRED * Math.abs(pages - policy.preferredPages);
  return wrong + off;
}

/**
 * What a publication gives the chart engine for each chart it draws: its figures as one
 * shape, per year one cell per category, in the order the categories are stacked (bottom
 * first) or grouped (left first), and the data files they come from.
 */
import type { Status } from '../model/Edition.js';

/** Categories a breakdown chart names at most; the theme has a series colour for each. */
export const NAMED_CATEGORIES = 6;
/** The key of a breakdown's group of the categories it does not name. */
export const OTHER = 'other';
/** The key of the figures whose breakdown is not published. */
export const UNPUBLISHED = 'unpublished';

/**
 * Where a category's label comes from: `own` keys are named under the chart's own text
 * section (`charts.<chart>.<key>`), `{ section }` keys under a shared one
 * (`charts.<section>.<key>`), and `country` keys (ISO 3166-1 alpha-2) by the formatter.
 * The key `unpublished` is always `charts.unpublished`.
 */
export type Naming = 'own' | 'country' | { section: string };

export interface ChartCell {
  year: number;
  key: string;
  value: number;
  status: Status;
}

export interface ChartData {
  id: string;
  /** Stacked bars add up to the year's total; grouped bars are not summed. */
  layout: 'stacked' | 'grouped';
  naming: Naming;
  /** Every year of the edition, ascending, whether or not it has cells. */
  years: number[];
  /** Categories in stacking or grouping order. */
  keys: string[];
  /** By year, then in the order of `keys`. */
  cells: ChartCell[];
  /** Breakdowns: the categories drawn together as `other`, ranked, with their totals over the period. */
  grouped: { key: string; value: number }[];
  /** The edition's data files (stems) it draws: an archive file associates the chart's Figure with them. */
  tables: readonly string[];
}

/**
 * Which categories of a breakdown (purposes, countries) a chart names and which it groups
 * as "other". The rule, the same for every language and page size:
 *
 * - categories are ranked by their total over the period, largest first, ties by key
 *   (so both languages, and any reader of the data, agree on the order);
 * - up to `NAMED_CATEGORIES` are named; with more, the first `NAMED_CATEGORIES - 1` are
 *   named and the rest grouped, so a group always holds at least two categories;
 * - the key `other` (a purpose of that name) always belongs to the group; `unpublished`
 *   (victims without a published breakdown) is never grouped.
 *
 * The group's figure for a year is the sum of its rows, and its status the weakest of
 * them: unpublished < inferred < published.
 */
import { NAMED_CATEGORIES, OTHER, UNPUBLISHED } from '../../charts/ChartData.js';
import type { Status } from '../../model/Edition.js';
import type { BreakdownRow } from './Figures.js';
import { breakdownTotals } from './facts.js';


export interface BreakdownGroups {
  /** Named categories, ranked (largest total first, ties by key). */
  named: string[];
  /** Categories in the group, ranked, with their totals over the period; empty when none. */
  grouped: { key: string; victims: number }[];
  /** Rows of the chart: named and `unpublished` rows as they are, grouped rows summed per year under `other`. */
  rows: BreakdownRow[];
}

const STRENGTH: Record<Status, number> = { unpublished: 0, inferred: 1, published: 2 };

export function weakestStatus(statuses: readonly Status[]): Status {
  return statuses.reduce((a, b) => (STRENGTH[b] < STRENGTH[a] ? b : a), 'published');
}

export function breakdownGroups(rows: readonly BreakdownRow[], max = NAMED_CATEGORIES): BreakdownGroups {
  const ranked = breakdownTotals(rows).filter((t) => t.key !== UNPUBLISHED && t.key !== OTHER);
  const own = breakdownTotals(rows).filter((t) => t.key === OTHER);
  const named = (ranked.length <= max ? ranked : ranked.slice(0, max - 1)).map((t) => t.key);
  const grouped = [...ranked.slice(named.length), ...own];
  const inGroup = new Set(grouped.map((g) => g.key));
  const out = rows.filter((r) => !inGroup.has(r.key));
  const years = [...new Set(rows.filter((r) => inGroup.has(r.key)).map((r) => r.year))].sort((a, b) => a - b);
  for (const year of years) {
    const members = rows.filter((r) => r.year === year && inGroup.has(r.key));
    out.push({
      year,
      key: OTHER,
      victims: members.reduce((sum, r) => sum + r.victims, 0),
      status: weakestStatus(members.map((r) => r.status)),
    });
  }
  return { named, grouped, rows: out };
}

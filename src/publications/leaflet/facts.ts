/**
 * Figures derived from an edition's tables: the period, totals and big numbers. Nothing
 * printed is typed anywhere else; templates, charts and alt text all read these.
 */
import type { BreakdownRow, Figures, VictimsRow } from './Figures.js';

export interface Period {
  from: number;
  to: number;
}

/** Years covered by the victims table, which every other table must match. */
export function periodOf(figures: Figures): Period {
  const years = figures.victims.map((r) => r.year);
  if (years.length === 0) throw new Error('facts: the victims table has no rows');
  return { from: Math.min(...years), to: Math.max(...years) };
}

/** Sum of the named numeric columns of one row. */
export function rowTotal<R>(row: R, columns: readonly (keyof R)[]): number {
  return columns.reduce((sum, c) => sum + (row[c] as number), 0);
}

/** Sum of one numeric column over all rows. */
export function columnTotal<R>(rows: readonly R[], column: keyof R): number {
  return rows.reduce((sum, r) => sum + (r[column] as number), 0);
}

export const VICTIM_GROUPS = ['women', 'men', 'children'] as const;
export const ASSISTANCE_KINDS = ['crisis_accommodation', 'safe_accommodation', 'reintegration_programme'] as const;
export const PROSECUTION_STAGES = ['suspects', 'accused', 'convicted'] as const;

/** Victims per year, all groups together. */
export function victimsByYear(rows: readonly VictimsRow[]): Map<number, number> {
  return new Map(rows.map((r) => [r.year, rowTotal(r, VICTIM_GROUPS)]));
}

/** Victims per breakdown key over the whole period, largest first, `unpublished` last. */
export function breakdownTotals(rows: readonly BreakdownRow[]): { key: string; victims: number }[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.key, (totals.get(r.key) ?? 0) + r.victims);
  return [...totals]
    .map(([key, victims]) => ({ key, victims }))
    .sort((a, b) => rank(a.key) - rank(b.key) || b.victims - a.victims || a.key.localeCompare(b.key));
}

const rank = (key: string) => (key === 'unpublished' ? 1 : 0);

/** True when any figure of the breakdown is not stated by an official source. */
export function isProvisional(rows: readonly BreakdownRow[]): boolean {
  return rows.some((r) => r.status !== 'published');
}

/**
 * Each chart's figures as one shape: per year, one cell per category, in the order the
 * categories are stacked (bottom first) or grouped (left first). The wide tables
 * (victims, assistance, prosecution) are unpivoted; the breakdowns keep their status.
 */
import { OTHER, UNPUBLISHED, type ChartCell, type ChartData } from '../../charts/ChartData.js';
import { breakdownGroups } from './breakdownGroups.js';
import { ASSISTANCE_KINDS, PROSECUTION_STAGES, VICTIM_GROUPS } from './facts.js';
import type { BreakdownRow, Figures } from './Figures.js';

export const CHART_IDS = ['victims', 'exploitation', 'origin', 'assistance', 'prosecution'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/**
 * The edition's data tables (file stems) each chart draws: an archive file associates the
 * chart's Figure with these files. `origin-named` is not here: its countries are printed as
 * text under the origin chart, not drawn.
 */
export const CHART_TABLES: Record<ChartId, readonly string[]> = {
  victims: ['victims'],
  exploitation: ['exploitation'],
  origin: ['origin'],
  assistance: ['assistance'],
  prosecution: ['prosecution'],
};

export function chartData(id: ChartId, figures: Figures): ChartData {
  const data = { ...unsorted(id, figures), tables: CHART_TABLES[id] };
  const order = (c: ChartCell) => data.keys.indexOf(c.key);
  return { ...data, cells: [...data.cells].sort((a, b) => a.year - b.year || order(a) - order(b)) };
}

function unsorted(id: ChartId, figures: Figures): Omit<ChartData, 'tables'> {
  const years = figures.victims.map((r) => r.year).sort((a, b) => a - b);
  switch (id) {
    case 'victims':
      return { id, layout: 'stacked', naming: 'own', years, ...unpivot(figures.victims, VICTIM_GROUPS) };
    case 'assistance':
      return { id, layout: 'grouped', naming: 'own', years, ...unpivot(figures.assistance, ASSISTANCE_KINDS) };
    case 'prosecution':
      return { id, layout: 'grouped', naming: 'own', years, ...unpivot(figures.prosecution, PROSECUTION_STAGES) };
    case 'exploitation':
      return { id, layout: 'stacked', naming: { section: 'purposes' }, years, ...breakdown(figures.exploitation) };
    case 'origin':
      return { id, layout: 'stacked', naming: 'country', years, ...breakdown(figures.origin) };
  }
}

/** One cell per row and column; every figure of these tables is published. */
function unpivot<R extends { year: number }>(rows: readonly R[], columns: readonly (keyof R & string)[]) {
  const cells = rows.flatMap((r) =>
    columns.map((key): ChartCell => ({ year: r.year, key, value: r[key] as number, status: 'published' })),
  );
  return { keys: [...columns], cells, grouped: [] };
}

/**
 * Largest category over the period at the bottom of the stack, then the group of the
 * others, `unpublished` on top (see `breakdownGroups` for which categories are named).
 */
function breakdown(all: readonly BreakdownRow[]) {
  const { named, grouped, rows } = breakdownGroups(all);
  const present = (key: string) => rows.some((r) => r.key === key);
  const keys = [...named, ...[OTHER, UNPUBLISHED].filter(present)];
  const cells = rows.map((r): ChartCell => ({ year: r.year, key: r.key, value: r.victims, status: r.status }));
  return { keys, cells, grouped: grouped.map((g) => ({ key: g.key, value: g.victims })) };
}

/**
 * The figure tables, typed and cross-checked: the same years everywhere, and each year's
 * breakdowns (purpose, origin) adding up to that year's victims.
 */
import { victimsByYear } from './facts.js';
import type { Problem } from '../../model/Problem.js';
import type { CsvFile } from '../../read/RawEdition.js';
import { BOUNDS } from '../../validate/bounds.js';
import * as kind from '../../validate/columns.js';
import type { AssistanceRow, BreakdownRow, Figures, NamedCountry, ProsecutionRow, VictimsRow } from './Figures.js';
import { validateMessages as msg } from '../../validate/messages.js';
import { checkUnique, parseTable, type Located } from '../../validate/tables.js';
import { leafletMessages as lmsg } from './messages.js';

/** The leaflet's CSV files; only `origin-named` may be left out. */
export const TABLE_FILES = [
  { name: 'victims' },
  { name: 'assistance' },
  { name: 'prosecution' },
  { name: 'exploitation' },
  { name: 'origin' },
  { name: 'origin-named', optional: true },
] as const;

/** `files`: the tables read, every one of `TABLE_FILES` but the optional ones sure to be there. */
export function validateFigures(files: Readonly<Record<string, CsvFile>>, problems: Problem[]): Figures | undefined {
  const t = files as Record<(typeof TABLE_FILES)[number]["name"], CsvFile>;
  const victims = parseTable<VictimsRow>(t.victims, { year: kind.year, women: kind.count, men: kind.count, children: kind.count }, problems);
  const assistance = parseTable<AssistanceRow>(
    t.assistance,
    { year: kind.year, crisis_accommodation: kind.count, safe_accommodation: kind.count, reintegration_programme: kind.count },
    problems,
  );
  const prosecution = parseTable<ProsecutionRow>(
    t.prosecution,
    { year: kind.year, suspects: kind.count, accused: kind.count, convicted: kind.count },
    problems,
  );
  const exploitation = breakdown(t.exploitation, 'purpose', kind.key, problems);
  const origin = breakdown(t.origin, 'country', kind.country, problems);
  // No origin-named.csv, or one with its header only: no country is named without a count.
  const named = t['origin-named'] ?? { path: 'origin-named.csv', columns: ['year', 'country'], records: [] };
  const originNamed = parseTable<NamedCountry>(named, { year: kind.year, country: kind.namedCountry }, problems, { rows: 'optional' });
  checkUnique(named, originNamed, (r) => `${r.year} ${r.country}`, (r, first) => lmsg.duplicateNamed(r.year, r.country, first), problems);

  for (const [file, rows] of [[t.victims, victims], [t.assistance, assistance], [t.prosecution, prosecution]] as const) {
    checkUnique(file, rows as Located<{ year: number }>[], (r) => String(r.year), (r, first) => msg.duplicateYear(r.year, first), problems);
  }
  const tables = [
    [t.victims, victims], [t.assistance, assistance], [t.prosecution, prosecution],
    [t.exploitation, exploitation], [t.origin, origin], [named, originNamed],
  ] as const;
  for (const [file, rows] of tables) checkYearCount(file, rows, problems);
  // Cross-checks compare whole tables: with rows missing (or thousands of years too many)
  // they would only echo the problems above, once per year.
  if (problems.length > 0) return undefined;
  const totals = victimsByYear(victims);
  for (const [file, rows] of [[t.assistance, assistance], [t.prosecution, prosecution]] as const) {
    checkYears(file, rows, totals, 'every', problems);
  }
  for (const [file, rows] of [[t.exploitation, exploitation], [t.origin, origin]] as const) {
    checkYears(file, rows, totals, 'victims', problems);
    checkSums(file, rows, totals, problems);
  }
  checkYears(named, originNamed, totals, 'some', problems);
  if (problems.length > 0) return undefined;
  return {
    victims: sorted(victims),
    assistance: sorted(assistance),
    prosecution: sorted(prosecution),
    exploitation: sorted(exploitation),
    origin: sorted(origin),
    originNamed: sorted(originNamed),
  };
}

/** Reads a breakdown table whose key column is `column` (purpose or country). */
function breakdown(
  file: CsvFile,
  column: string,
  keyKind: kind.ColumnKind<string>,
  problems: Problem[],
): Located<BreakdownRow>[] {
  const renamed: CsvFile = {
    ...file,
    columns: file.columns.map((c) => (c === column ? 'key' : c)),
    records: file.records.map((r) => ({ ...r, values: { ...r.values, key: r.values[column] ?? "" } })),
  };
  const before = problems.length;
  // Header only is fine when no year has victims; checkYears asks for the years that do.
  const rows = parseTable<BreakdownRow>(renamed, { year: kind.year, key: keyKind, victims: kind.count, status: kind.status }, problems, {
    rows: 'optional',
  });
  // Problems name the column as the editor wrote it.
  for (const p of problems.slice(before)) if (p.field === 'key') p.field = column;
  checkUnique(file, rows, (r) => `${r.year} ${r.key}`, (r, first) => msg.duplicateKey(r.year, r.key, first), problems);
  for (const r of rows) {
    if ((r.key === 'unpublished') !== (r.status === 'unpublished'))
      problems.push({ file: file.path, line: r.line, field: 'status', message: lmsg.unpublishedStatus(r.key, r.status) });
  }
  return rows;
}

/** At most BOUNDS.years years in a table: one problem, at the row that brings the first year too many. */
function checkYearCount(file: CsvFile, rows: readonly Located<{ year: number }>[], problems: Problem[]) {
  const years = new Set<number>();
  let firstTooMany: number | undefined;
  for (const r of rows) {
    years.add(r.year);
    if (years.size === BOUNDS.years + 1 && firstTooMany === undefined) firstTooMany = r.line;
  }
  if (firstTooMany !== undefined)
    problems.push({ file: file.path, line: firstTooMany, field: 'year', message: msg.tooManyYears(years.size, BOUNDS.years) });
}

/**
 * Years must match victims.csv, and no other year may appear. `every`: each year has rows;
 * `victims`: each year with victims has rows (a breakdown of nobody needs none); `some`:
 * any year may have none.
 */
type Need = 'every' | 'victims' | 'some';

function checkYears(file: CsvFile, rows: Located<{ year: number }>[], totals: Map<number, number>, need: Need, problems: Problem[]) {
  const years = new Set(rows.map((r) => r.year));
  for (const r of rows) if (!totals.has(r.year)) problems.push({ file: file.path, line: r.line, field: 'year', message: lmsg.yearExtra(r.year) });
  if (need === 'some') return;
  for (const [year, victims] of totals) {
    if (!years.has(year) && (need === 'every' || victims > 0)) problems.push({ file: file.path, message: lmsg.yearMissing(year) });
  }
}

/** Each year's rows add up to that year's victims; the problem names the year's first row. */
function checkSums(file: CsvFile, rows: Located<BreakdownRow>[], totals: Map<number, number>, problems: Problem[]) {
  const byYear = new Map<number, { sum: number; line: number }>();
  for (const r of rows) {
    const entry = byYear.get(r.year) ?? { sum: 0, line: r.line };
    entry.sum += r.victims;
    byYear.set(r.year, entry);
  }
  for (const [year, { sum, line }] of byYear) {
    const victims = totals.get(year);
    if (victims !== undefined && victims !== sum)
      problems.push({ file: file.path, line, field: 'victims', message: lmsg.totalMismatch(year, sum, victims) });
  }
}

function sorted<R extends { year: number; line: number }>(rows: R[]): Omit<R, 'line'>[] {
  return [...rows].sort((a, b) => a.year - b.year).map(({ line: _line, ...row }) => row);
}

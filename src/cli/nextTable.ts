/**
 * One CSV table of the next edition: the header and the rows of the years that stay, as
 * written (delimiter, quoting and line ends kept), then one row per new year with the year
 * filled and every other cell empty, for `factsheet check` to ask to be filled.
 */
import { csvDelimiter } from '../read/csvDelimiter.js';
import { BOUNDS } from '../validate/bounds.js';

export interface NextTable {
  text: string;
  /** Years whose rows were kept, ascending. */
  kept: number[];
  /** Years given an empty row, ascending. */
  added: number[];
}

/** `emptyRows: false` for a table whose rows are optional (countries named without counts). */
export function nextTable(text: string, years: readonly number[], emptyRows = true): NextTable {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const delimiter = csvDelimiter(text);
  const [header = '', ...rows] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const yearOf = (line: string) => Number(line.split(delimiter, 1)[0]!.replace(/^\uFEFF|"/g, '').trim());
  const keptRows = rows.filter((r) => years.includes(yearOf(r)));
  const kept = [...new Set(keptRows.map(yearOf))].sort((a, b) => a - b);
  const added = emptyRows ? years.filter((y) => !kept.includes(y)) : [];
  const columns = header.split(delimiter).length;
  const newRows = added.map((y) => `${y}${delimiter.repeat(columns - 1)}`);
  return { text: [header, ...keptRows, ...newRows].join(eol) + eol, kept, added };
}

/**
 * `2020-2025` (or with an en dash) → every year from 2020 to 2025; undefined if not a range
 * of at most BOUNDS.years years (`check` would refuse a longer edition).
 */
export function parseYears(value: string): number[] | undefined {
  const m = /^\s*(\d{4})\s*[-\u2013]\s*(\d{4})\s*$/.exec(value);
  if (!m) return undefined;
  const [from, to] = [Number(m[1]), Number(m[2])];
  if (to < from || to - from + 1 > BOUNDS.years) return undefined;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

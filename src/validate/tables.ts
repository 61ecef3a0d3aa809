/**
 * Typed rows from CSV records: every cell parsed by its column kind, every problem
 * collected with the file, line and column.
 */
import type { Problem } from '../model/Problem.js';
import type { CsvFile } from '../read/RawEdition.js';
import type { ColumnKind } from './columns.js';
import { shorten, validateMessages as msg } from './messages.js';

export type Schema<R> = { [K in keyof R]: ColumnKind<R[K]> };

/** A typed row with the CSV line it came from, for cross-check messages. */
export type Located<R> = R & { line: number };

/** `rows: 'optional'` for a table that may have its header only. */
export function parseTable<R extends object>(
  file: CsvFile,
  schema: Schema<R>,
  problems: Problem[],
  options: { rows: 'required' | 'optional' } = { rows: 'required' },
): Located<R>[] {
  const expected = Object.keys(schema);
  let ok = true;
  for (const column of expected) {
    if (!file.columns.includes(column)) {
      problems.push({ file: file.path, line: 1, field: column, message: msg.missingColumn(column) });
      ok = false;
    }
  }
  for (const column of file.columns) {
    if (!expected.includes(column))
      problems.push({ file: file.path, line: 1, field: shorten(column), message: msg.unknownColumn(column, expected) });
  }
  if (!ok) return [];
  if (file.records.length === 0 && options.rows === 'required') problems.push({ file: file.path, message: msg.noRows() });
  const rows: Located<R>[] = [];
  // The first problem of each bound broken, and how many more cells break it.
  const bounds = new Map<string, { problem: Problem; more: number }>();
  for (const record of file.records) {
    if (record.fields !== file.columns.length) {
      problems.push({ file: file.path, line: record.line, message: msg.columnCount(record.fields, file.columns.length) });
      continue;
    }
    const row = { line: record.line } as Record<string, unknown>;
    let valid = true;
    for (const column of expected) {
      const parsed = (schema as Record<string, ColumnKind<unknown>>)[column](record.values[column] ?? '');
      if (parsed.ok) {
        row[column] = parsed.value;
        continue;
      }
      valid = false;
      const first = parsed.bound === undefined ? undefined : bounds.get(parsed.bound);
      if (first) first.more++;
      else {
        const problem = { file: file.path, line: record.line, field: column, message: parsed.message };
        problems.push(problem);
        if (parsed.bound !== undefined) bounds.set(parsed.bound, { problem, more: 0 });
      }
    }
    if (valid) rows.push(row as Located<R>);
  }
  for (const { problem, more } of bounds.values()) if (more > 0) problem.message = msg.moreLikeIt(problem.message, more);
  return rows;
}

/** Reports rows whose identity (e.g. year, or year and key) repeats an earlier row. */
export function checkUnique<R>(
  file: CsvFile,
  rows: Located<R>[],
  identity: (r: R) => string,
  message: (r: R, firstLine: number) => string,
  problems: Problem[],
): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const id = identity(r);
    const first = seen.get(id);
    if (first !== undefined) problems.push({ file: file.path, line: r.line, message: message(r, first) });
    else seen.set(id, r.line);
  }
}

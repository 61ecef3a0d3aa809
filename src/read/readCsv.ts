import { parse as parseCsv } from 'csv-parse/sync';
import { csvDelimiter } from './csvDelimiter.js';
import type { Problem } from '../model/Problem.js';
import type { CsvFile } from './RawEdition.js';
import { readFileText } from './readFileText.js';
import { readMessages as msg } from './messages.js';

/** A CSV file as header and located records; comma, semicolon or tab separated. */
export function readCsv(path: string, problems: Problem[]): CsvFile {
  const read = readFileText(path, problems);
  const empty = { path, bytes: read?.bytes ?? Buffer.alloc(0), columns: [], records: [] };
  if (read === undefined) return empty;
  const { text, bytes } = read;
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    problems.push({ file: path, message: msg.emptyCsv() });
    return empty;
  }
  try {
    const rows = parseCsv(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      delimiter: csvDelimiter(text),
    }) as unknown as { record: string[]; info: { lines: number } }[];
    const [header, ...body] = rows;
    const columns = header?.record ?? [];
    // Spreadsheets save rows that were once touched as bare separators (",,,"): blank lines.
    const filled = body.filter(({ record }) => record.some((cell) => cell !== ''));
    // A header again below the first (two exports pasted together) is named once, not as
    // a "year" that is no year and three words that are no numbers.
    const isHeader = (record: string[]) => record.length === columns.length && record.every((cell, i) => cell === columns[i]);
    for (const { record, info } of filled) if (isHeader(record)) problems.push({ file: path, line: info.lines, message: msg.headerRepeated() });
    const records = filled.filter(({ record }) => !isHeader(record)).map(({ record, info }) => ({
      // csv-parse counts the line a record ends on; records here are single-line.
      line: info.lines,
      fields: record.length,
      values: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])),
    }));
    return { path, bytes, columns, records };
  } catch (e) {
    const err = e as Error & { lines?: number };
    problems.push({ file: path, line: err.lines, message: msg.malformedCsv(err.message) });
    return empty;
  }
}

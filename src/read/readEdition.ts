/**
 * Stage 1, read: an edition folder → RawEdition. Parses CSV and YAML; a file that is
 * missing or malformed becomes a Problem, and all problems are thrown together.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { LineCounter, parseDocument } from 'yaml';
import { InputError, type Problem } from './Problem.js';
import { TABLES, type CsvFile, type RawEdition, type YamlFile } from './RawEdition.js';
import { readMessages as msg } from './messages.js';

export function readEdition(dir: string): RawEdition {
  const problems: Problem[] = [];
  if (!existsSync(dir)) throw new InputError([{ file: dir, message: msg.noEdition() }]);
  const raw: RawEdition = { dir, tables: {}, texts: {} };
  for (const name of TABLES) {
    const path = join(dir, `${name}.csv`);
    if (!existsSync(path)) problems.push({ file: path, message: msg.missingFile() });
    else raw.tables[name] = readCsv(path, problems);
  }
  const publication = join(dir, 'publication.yaml');
  if (!existsSync(publication)) problems.push({ file: publication, message: msg.missingFile() });
  else raw.publication = readYaml(publication, problems);
  for (const file of readdirSync(dir).sort()) {
    const lang = /^text\.([a-z]{2,3})\.yaml$/.exec(file)?.[1];
    if (lang) raw.texts[lang] = readYaml(join(dir, file), problems);
  }
  if (problems.length > 0) throw new InputError(problems);
  return raw;
}

function readCsv(path: string, problems: Problem[]): CsvFile {
  const text = readFileSync(path, 'utf8');
  try {
    const rows = parseCsv(text, { bom: true, info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    const [header, ...body] = rows;
    const columns = header?.record ?? [];
    const records = body.map(({ record, info }) => ({
      // csv-parse counts the line a record ends on; records here are single-line.
      line: info.lines,
      fields: record.length,
      values: Object.fromEntries(columns.map((c, i) => [c, record[i] ?? ''])),
    }));
    return { path, columns, records };
  } catch (e) {
    const err = e as Error & { lines?: number };
    problems.push({ file: path, line: err.lines, message: msg.malformedCsv(err.message) });
    return { path, columns: [], records: [] };
  }
}

function readYaml(path: string, problems: Problem[]): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false });
  for (const error of doc.errors) {
    problems.push({ file: path, line: lineCounter.linePos(error.pos[0]).line, message: msg.malformedYaml(error.message) });
  }
  return { path, doc, lineOf: (offset) => lineCounter.linePos(offset).line };
}

/**
 * Every purpose key of exploitation.csv needs its printed name under `charts.purposes` in
 * each language. A key without one is most likely a typo in the CSV, so the problem names
 * exploitation.csv and the row, not the text file.
 */
import { basename } from 'node:path';
import type { Problem } from '../../model/Problem.js';
import type { CsvFile, YamlFile } from '../../read/RawEdition.js';
import type { Lang, Texts } from '../../model/Edition.js';
import { leafletMessages as lmsg } from './messages.js';

export function checkPurposes(tables: Readonly<Record<string, CsvFile>>, texts: Record<Lang, Texts>, files: Record<string, YamlFile>, problems: Problem[]): void {
  const file = tables.exploitation;
  if (!file) return;
  const langs = Object.keys(texts) as Lang[];
  const known = (lang: Lang) => Object.keys((texts[lang].charts as { purposes: Texts }).purposes);
  for (const r of file.records) {
    const purpose = r.values.purpose ?? '';
    if (purpose === 'unpublished' || !/^[a-z][a-z_]*$/.test(purpose)) continue;
    const lacking = langs.filter((l) => !known(l).includes(purpose));
    if (lacking.length === 0) continue;
    const where = lacking.map((l) => basename(files[l]?.path ?? `text.${l}.yaml`));
    problems.push({ file: file.path, line: r.line, field: 'purpose', message: lmsg.unknownPurpose(purpose, where, known(lacking[0]!)) });
  }
}

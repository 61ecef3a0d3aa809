/**
 * Stage 1, read: an edition folder → RawEdition. Decodes (UTF-8 only) and parses the CSV
 * files a publication reads (`tables`), publication.yaml and every text.<lang>.yaml; a
 * file that is missing, not UTF-8 or malformed becomes a Problem, and all problems are
 * thrown together.
 */
import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Problem } from '../model/Problem.js';
import type { TableFile } from '../PublicationModule.js';
import type { RawEdition } from './RawEdition.js';
import { readCsv } from './readCsv.js';
import { readYaml } from './readYaml.js';
import { readMessages as msg } from './messages.js';

export function readEdition(dir: string, tables: readonly TableFile[]): RawEdition {
  const problems: Problem[] = [];
  if (!existsSync(dir)) throw new InputError([{ file: dir, message: msg.noEdition() }]);
  if (!statSync(dir).isDirectory()) throw new InputError([{ file: dir, message: msg.notAFolder() }]);
  const raw: RawEdition = { dir, tables: {}, texts: {} };
  for (const { name, optional } of tables) {
    const path = join(dir, `${name}.csv`);
    if (present(path)) raw.tables[name] = readCsv(path, problems);
    else if (!optional) problems.push({ file: path, message: msg.missingFile() });
  }
  const publication = join(dir, 'publication.yaml');
  if (!present(publication)) problems.push({ file: publication, message: msg.missingFile() });
  else raw.publication = readYaml(publication, problems);
  for (const file of readdirSync(dir).sort()) {
    const lang = /^text\.([a-z]{2,3})\.yaml$/.exec(file)?.[1];
    const texts = lang && readYaml(join(dir, file), problems);
    if (lang && texts) raw.texts[lang] = texts;
  }
  if (problems.length > 0) throw new InputError(problems);
  return raw;
}

/** Something is there, even a link to nothing (which the reader then names as such). */
const present = (path: string) => lstatSync(path, { throwIfNoEntry: false }) !== undefined;

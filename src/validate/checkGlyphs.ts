/**
 * Every string a publication may print, checked against the fonts before anything is laid
 * out: the texts, the publication's citations and contact texts, and the country names the
 * charts and notes print. A character the fonts lack would print as an empty box (in a
 * chart legend, silently), so each is reported with the file and key (or table and code)
 * it comes from. Throws one InputError listing them all.
 */
import { join } from 'node:path';
import { FONT_KEYS, type FontSet } from '../fonts/FontSet.js';
import { formatterFor } from '../format/Formatter.js';
import { InputError, type Problem } from '../model/Problem.js';
import type { Edition, TextValue } from '../model/Edition.js';
import { validateMessages as msg } from './messages.js';
import { keyPath } from './yamlLine.js';

type Path = (string | number)[];

/** `countries`: the ISO codes whose names the publication prints, each with the data file it comes from. */
export function checkGlyphs(edition: Edition, fonts: FontSet, countries: ReadonlyMap<string, string> = new Map()): void {
  const problems: Problem[] = [];
  const check = (text: string, file: string, field: string) => {
    const missing = new Set(FONT_KEYS.flatMap((font) => fonts.missing(text, font)));
    if (missing.size > 0) problems.push({ file: join(edition.dir, file), field, message: msg.missingGlyphs([...missing]) });
  };
  const { publication } = edition;
  for (const lang of publication.languages) {
    walk(edition.texts[lang], [], (text, path) => check(text, `text.${lang}.yaml`, keyPath(path)));
    for (const [id, citation] of Object.entries(publication.sources)) {
      if (citation[lang]) check(citation[lang], 'publication.yaml', `sources.${id}.${lang}`);
    }
    const fmt = formatterFor(lang, publication.countries);
    for (const [code, file] of countries) {
      // A name the publication gives is its editor's to fix there.
      if (publication.countries[code]?.[lang] !== undefined) check(fmt.country(code), 'publication.yaml', `countries.${code}.${lang}`);
      else check(fmt.country(code), file, `country ${code} (${lang}: ${fmt.country(code)})`);
    }
  }
  for (const [key, contact] of Object.entries(publication.contacts)) check(contact.text, 'publication.yaml', `contacts.${key}`);
  if (problems.length > 0) throw new InputError(problems);
}

function walk(value: TextValue, path: Path, visit: (text: string, path: Path) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

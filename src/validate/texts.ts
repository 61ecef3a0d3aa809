/**
 * text.<lang>.yaml files → Texts per language. Each file must match the schema (`textSchemaOf`: keys,
 * kinds, placeholders); the languages must say the same things (the same keys, list lengths
 * and placeholders in every file), and every `{contact.KEY}` must name a contact of the
 * publication.
 */
import { basename } from 'node:path';
import type { Problem } from '../model/Problem.js';
import type { YamlFile } from '../read/RawEdition.js';
import type { Lang, Publication, TextValue, Texts } from '../model/Edition.js';
import { validateMessages as msg } from './messages.js';
import { placeholders } from './placeholders.js';
import { schemaProblems } from './schemaProblems.js';
import type { z } from 'zod';
import { keyPath, yamlLine } from './yamlLine.js';

type Path = (string | number)[];

export function validateTexts(
  files: Record<string, YamlFile>,
  publication: Publication,
  textSchema: z.ZodObject,
  problems: Problem[],
): Record<Lang, Texts> | undefined {
  const texts = {} as Record<Lang, Texts>;
  const before = problems.length;
  for (const lang of publication.languages) {
    const file = files[lang];
    if (!file) {
      problems.push({ file: `text.${lang}.yaml`, message: msg.noTexts(lang) });
      continue;
    }
    const result = textSchema.safeParse(file.value, { reportInput: true });
    if (!result.success) {
      problems.push(...schemaProblems(file, textSchema, result.error.issues));
      continue;
    }
    texts[lang] = result.data as Texts;
    walk(texts[lang], [], (value, path) => {
      if (typeof value !== 'string') return;
      for (const name of placeholders(value)) {
        const contact = /^contact\.(.+)$/.exec(name)?.[1];
        if (contact !== undefined && !(contact in publication.contacts))
          problems.push({ file: file.path, line: yamlLine(file, path), field: keyPath(path), message: msg.unknownContact(contact) });
      }
    });
  }
  const [first, ...others] = publication.languages.filter((l) => texts[l]);
  if (first) for (const lang of others) compare(texts[first], files[first]!, texts[lang], files[lang]!, [], problems);
  return problems.length > before ? undefined : texts;
}

function walk(value: TextValue, path: Path, visit: (v: TextValue, p: Path) => void): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], visit));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, [...path, k], visit);
}

const shape = (v: unknown) => (Array.isArray(v) ? 'list' : typeof v === 'object' && v !== null ? 'map' : typeof v);

/** Reports where `b` does not have the shape of `a`, in `b`'s file (and missing keys of `b` in `a`'s). */
function compare(a: TextValue, fa: YamlFile, b: TextValue, fb: YamlFile, path: Path, problems: Problem[]): void {
  const at = (file: YamlFile, message: string) =>
    problems.push({ file: file.path, line: yamlLine(file, path), field: keyPath(path) || '(top)', message });
  if (shape(a) !== shape(b)) return void at(fb, msg.textShape(basename(fa.path)));
  if (typeof a === 'string') {
    const pa = placeholders(a).sort().join(' ');
    const pb = placeholders(b as string).sort().join(' ');
    if (pa !== pb) at(fb, msg.placeholdersDiffer(pb, basename(fa.path), pa));
  } else if (Array.isArray(a)) {
    const list = b as TextValue[];
    if (a.length !== list.length) return void at(fb, msg.listLength(list.length, basename(fa.path), a.length));
    // A list of lines may order its links differently per language (the Slovenian edition
    // lists the Slovenian website first), so its lines are compared as one text.
    if ([...a, ...list].every((v) => typeof v === 'string')) return compare(a.join('\n'), fa, list.join('\n'), fb, path, problems);
    a.forEach((v, i) => compare(v, fa, list[i]!, fb, [...path, i], problems));
  } else {
    const map = b as Record<string, TextValue>;
    for (const [k, v] of Object.entries(a)) {
      if (!(k in map)) problems.push({ file: fb.path, line: yamlLine(fb, path), field: keyPath([...path, k]), message: msg.textMissing(basename(fa.path)) });
      else compare(v, fa, map[k]!, fb, [...path, k], problems);
    }
    for (const k of Object.keys(map)) {
      if (!(k in a)) problems.push({ file: fa.path, line: yamlLine(fa, path), field: keyPath([...path, k]), message: msg.textMissing(basename(fb.path)) });
    }
  }
}

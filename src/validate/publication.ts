/**
 * publication.yaml → Publication: languages, date, contact values (normalized into
 * printed text and a working link), sources and which sources each chart cites.
 */
import { z } from 'zod';
import type { Problem } from '../read/Problem.js';
import type { YamlFile } from '../read/RawEdition.js';
import type { Contact, Lang, Publication } from './Edition.js';
import { validateMessages as msg } from './messages.js';
import { keyPath, yamlLine } from './yamlLine.js';

const lang = z.enum(['sl', 'en']);
const text = z.string().min(1);

const contact = z.union([
  z.strictObject({ tel: z.string().regex(/^\+?[0-9 ]{3,20}$/, 'a telephone number: digits and spaces, optionally a leading +') }),
  z.strictObject({ email: z.email() }),
  z.strictObject({ url: z.url({ protocol: /^https$/ }), text: text.optional() }),
]);

const schema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and -'),
  languages: z.array(lang).min(1),
  date: z.iso.date(),
  contacts: z.record(z.string(), contact),
  sources: z.record(z.string(), z.strictObject({ sl: text, en: text })),
  charts: z.record(z.string(), z.strictObject({ sources: z.array(z.string()).min(1) })),
});

export function validatePublication(file: YamlFile, problems: Problem[]): Publication | undefined {
  // YAML reads an unquoted 2026-11-28 as a string here (core schema), which is what we want.
  const result = schema.safeParse(file.doc.toJS());
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path as (string | number)[];
      problems.push({ file: file.path, line: yamlLine(file, path), field: keyPath(path), message: msg.schema(issue.message) });
    }
    return undefined;
  }
  const p = result.data;
  for (const [chart, { sources }] of Object.entries(p.charts)) {
    sources.forEach((id, i) => {
      if (!(id in p.sources)) {
        const path = ['charts', chart, 'sources', i];
        problems.push({ file: file.path, line: yamlLine(file, path), field: keyPath(path), message: msg.unknownSource(id) });
      }
    });
  }
  return {
    slug: p.slug,
    languages: p.languages as Lang[],
    date: p.date,
    contacts: Object.fromEntries(Object.entries(p.contacts).map(([k, c]) => [k, toContact(c)])),
    sources: p.sources,
    charts: p.charts,
  };
}

/** Telephone links dial the digits (and +) only: `tel:+38613005960`. */
function toContact(c: z.infer<typeof contact>): Contact {
  if ('tel' in c) return { kind: 'tel', text: c.tel, href: `tel:${c.tel.replace(/ /g, '')}` };
  if ('email' in c) return { kind: 'email', text: c.email, href: `mailto:${c.email}` };
  return { kind: 'url', text: c.text ?? c.url, href: c.url };
}

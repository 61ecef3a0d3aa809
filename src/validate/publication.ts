/**
 * publication.yaml → Publication: languages, date, contact values (normalized into
 * printed text and a working link), sources, which sources each chart cites, and
 * country names in the house style.
 */
import { z } from 'zod';
import type { Problem } from '../read/Problem.js';
import type { YamlFile } from '../read/RawEdition.js';
import type { Contact, Lang, Publication } from './Edition.js';
import { NAMED_CATEGORIES } from '../facts/breakdownGroups.js';
import { isCountryCode } from './columns.js';
import { validateMessages as msg } from './messages.js';
import { printable } from './printable.js';
import { schemaProblems } from './schemaProblems.js';
import { keyPath, yamlLine } from './yamlLine.js';

const lang = z.enum(['sl', 'en']);
const text = z.string().min(1).superRefine(printable);

const contact = z.union([
  z.strictObject({ tel: z.string().regex(/^\+?[0-9 ]{3,20}$/, 'a telephone number: digits and spaces, optionally a leading +') }),
  z.strictObject({ email: z.email() }),
  // `lang`: the language of the page, so its address is marked as such in the other editions.
  z.strictObject({ url: z.url({ protocol: /^https$/ }), text: text.optional(), lang: lang.optional() }),
], { error: msg.contactKind() });

/** The charts of the leaflet (as in charts/chartData.ts), each citing at least one source. */
const CHARTS = ['victims', 'exploitation', 'origin', 'assistance', 'prosecution'] as const;
const citing = z.strictObject({
  sources: z.array(z.string()).min(1),
  // Breakdowns: a series colour (1 to the number of categories a chart names) pinned per key.
  colors: z
    .record(z.string(), z.int({ error: msg.colourNumber(NAMED_CATEGORIES) }).min(1, { error: msg.colourNumber(NAMED_CATEGORIES) }).max(NAMED_CATEGORIES, { error: msg.colourNumber(NAMED_CATEGORIES) }))
    .optional(),
});

/** The whole file; also the source of `schemas/publication.schema.json`. */
export const publicationSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and -'),
  languages: z.array(lang).min(1),
  date: z.iso.date(),
  contacts: z.record(z.string(), contact),
  // Each language of the publication needs its citation; a language it is not in, none.
  sources: z.record(z.string(), z.strictObject({ sl: text.optional(), en: text.optional() })),
  // One entry per chart the leaflet draws: each must cite its sources.
  charts: z.strictObject(Object.fromEntries(CHARTS.map((id) => [id, citing])) as Record<(typeof CHARTS)[number], typeof citing>),
  // A country's printed name per language where the house style differs from the ISO list's.
  countries: z
    .record(z.string().refine(isCountryCode, { error: (issue) => msg.unknownCountry(String(issue.input)) }), z.strictObject({ sl: text.optional(), en: text.optional() }))
    .optional(),
});

export function validatePublication(file: YamlFile, problems: Problem[]): Publication | undefined {
  // YAML reads an unquoted 2026-11-28 as a string here (core schema), which is what we want.
  const result = publicationSchema.safeParse(file.value, { reportInput: true });
  if (!result.success) {
    problems.push(...schemaProblems(file, publicationSchema, result.error.issues));
    return undefined;
  }
  const p = result.data;
  const before = problems.length;
  for (const [id, citation] of Object.entries(p.sources)) {
    for (const l of p.languages) {
      const path = ['sources', id, l];
      if (!citation[l]) problems.push({ file: file.path, line: yamlLine(file, path), field: keyPath(path), message: msg.missingCitation(l) });
    }
  }
  for (const [chart, { sources }] of Object.entries(p.charts)) {
    sources.forEach((id, i) => {
      if (!(id in p.sources)) {
        const path = ['charts', chart, 'sources', i];
        problems.push({ file: file.path, line: yamlLine(file, path), field: keyPath(path), message: msg.unknownSource(id) });
      }
    });
  }
  for (const [chart, { colors }] of Object.entries(p.charts)) {
    const byColour = new Map<number, string>();
    for (const [key, colour] of Object.entries(colors ?? {})) {
      const first = byColour.get(colour);
      const path = ['charts', chart, 'colors', key];
      if (first !== undefined) problems.push({ file: file.path, line: yamlLine(file, path), field: keyPath(path), message: msg.colourTaken(colour, first) });
      else byColour.set(colour, key);
    }
  }
  if (problems.length > before) return undefined;
  return {
    slug: p.slug,
    languages: p.languages as Lang[],
    date: p.date,
    contacts: Object.fromEntries(Object.entries(p.contacts).map(([k, c]) => [k, toContact(c)])),
    sources: p.sources,
    charts: p.charts,
    countries: p.countries ?? {},
  };
}

/** Telephone links dial the digits (and +) only: `tel:+38613005960`. */
function toContact(c: z.infer<typeof contact>): Contact {
  if ('tel' in c) return { kind: 'tel', text: c.tel, href: `tel:${c.tel.replace(/ /g, '')}` };
  if ('email' in c) return { kind: 'email', text: c.email, href: `mailto:${c.email}` };
  return { kind: 'url', text: c.text ?? c.url, href: c.url, ...(c.lang && { lang: c.lang }) };
}

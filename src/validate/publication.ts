/**
 * publication.yaml → Publication: languages, date, contact values (normalized into
 * printed text and a working link), sources, which sources each chart cites, and
 * country names in the house style.
 */
import { z } from 'zod';
import type { Problem } from '../model/Problem.js';
import type { YamlFile } from '../read/RawEdition.js';
import type { Contact, Lang, Publication } from '../model/Edition.js';
import { NAMED_CATEGORIES } from '../charts/ChartData.js';
import { LANGUAGES } from '../model/languages.js';
import { isCountryCode } from './columns.js';
import { validateMessages as msg } from './messages.js';
import { printable } from './printable.js';
import { schemaProblems } from './schemaProblems.js';
import { keyPath, yamlLine } from './yamlLine.js';

const lang = z.string().refine((l) => LANGUAGES.includes(l), { error: (issue) => msg.unknownLanguage(String(issue.input), LANGUAGES) });
const text = z.string().min(1).superRefine(printable);
/** A text per language factsheet can set, each optional. */
const perLanguage = z.strictObject(Object.fromEntries(LANGUAGES.map((l) => [l, text.optional()])) as Record<string, z.ZodOptional<typeof text>>);

const contact = z.union([
  z.strictObject({ tel: z.string().regex(/^\+?[0-9 ]{3,20}$/, 'a telephone number: digits and spaces, optionally a leading +') }),
  z.strictObject({ email: z.email() }),
  // `lang`: the language of the page, so its address is marked as such in the other editions.
  z.strictObject({ url: z.url({ protocol: /^https$/ }), text: text.optional(), lang: lang.optional() }),
], { error: msg.contactKind() });

/** A chart's sources, each cited at least once. */
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
  sources: z.record(z.string(), perLanguage),
  // One entry per chart a publication draws: each must cite its sources.
  charts: z.record(z.string(), citing).optional(),
  // A country's printed name per language where the house style differs from the ISO list's.
  countries: z
    .record(z.string().refine(isCountryCode, { error: (issue) => msg.unknownCountry(String(issue.input)) }), perLanguage)
    .optional(),
});

/** `charts`: the ids of the charts the publication draws, each needing its entry under `charts`. */
export function validatePublication(file: YamlFile, problems: Problem[], charts: readonly string[] = []): Publication | undefined {
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
  const chartEntries = Object.entries(p.charts ?? {});
  for (const chart of charts) {
    if (!(chart in (p.charts ?? {}))) problems.push({ file: file.path, line: yamlLine(file, ['charts']), field: keyPath(['charts', chart]), message: msg.missingKey('a map') });
  }
  for (const [chart] of chartEntries) {
    if (charts.length > 0 && !charts.includes(chart)) problems.push({ file: file.path, line: yamlLine(file, ['charts', chart]), field: keyPath(['charts', chart]), message: msg.unknownChart(chart, charts) });
  }
  for (const [chart, { sources }] of chartEntries) {
    sources.forEach((id, i) => {
      if (!(id in p.sources)) {
        const path = ['charts', chart, 'sources', i];
        problems.push({ file: file.path, line: yamlLine(file, path), field: keyPath(path), message: msg.unknownSource(id) });
      }
    });
  }
  for (const [chart, { colors }] of chartEntries) {
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
    charts: p.charts ?? {},
    countries: p.countries ?? {},
  };
}

/** Telephone links dial the digits (and +) only: `tel:+38613005960`. */
function toContact(c: z.infer<typeof contact>): Contact {
  if ('tel' in c) return { kind: 'tel', text: c.tel, href: `tel:${c.tel.replace(/ /g, '')}` };
  if ('email' in c) return { kind: 'email', text: c.email, href: `mailto:${c.email}` };
  return { kind: 'url', text: c.text ?? c.url, href: c.url, ...(c.lang && { lang: c.lang }) };
}

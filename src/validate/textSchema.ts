/**
 * The shape of `text.<lang>.yaml`: every key the leaflet and its charts print, each a
 * non-empty text that may hold only the placeholders its place fills. Unknown keys are
 * problems (a misspelt key would otherwise be ignored while the right one is missing).
 * Also the source of `schemas/text.schema.json`, which editors use to complete keys.
 */
import { z } from 'zod';
import { validateMessages as msg } from './messages.js';
import { placeholders } from './placeholders.js';
import { printable } from './printable.js';

/**
 * A text whose `{name}` placeholders are among `names`; `contact.*` allows any contact key,
 * and words in another language (`{sl:Ključ}`), which only texts printed through the
 * leaflet template can mark.
 */
function text(...names: string[]) {
  const prose = names.includes('contact.*');
  const allowed = (p: string) => names.includes(p) || (prose && p.startsWith('contact.'));
  const described = names.length > 0 ? `A text; placeholders: ${names.map((n) => `{${n}}`).join(', ')}` : 'A text, no placeholders';
  return z
    .string()
    .min(1)
    .superRefine((value, ctx) => {
      printable(value, ctx);
      for (const p of placeholders(value)) if (!allowed(p)) ctx.addIssue({ code: 'custom', message: msg.unknownPlaceholder(p, names) });
      const foreign = /\{[a-z]{2,3}:[^{}]+\}/.exec(value)?.[0];
      if (foreign && !prose) ctx.addIssue({ code: 'custom', message: msg.foreignNotHere(foreign) });
    })
    .describe(described);
}

/** Text printed through the leaflet template: the period and contact links may be named. */
const prose = () => text('period', 'contact.*');
const lines = () => z.array(prose()).min(1);
const label = () => text();
const section = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ heading: prose(), ...shape });

const chartAlt = () => text('period', 'values');

export const textSchema = z.strictObject({
  title: prose(),
  subtitle: prose(),
  document_title: text('period'),
  publisher: label(),
  footer: text('date'),
  page_label: text('page', 'pages'),
  // The description of each embedded data file (archive edition), {file} its name.
  attachment: text('file'),
  // What a link annotation says it opens (its /Contents), per kind of contact: {target} is
  // the number, the address or the whole URL.
  links: z.strictObject({ tel: text('target'), email: text('target'), url: text('target') }),
  source_label: label(),
  sources_label: label(),
  total: label(),
  year: label(),
  forms: section({ items: lines() }),
  children: section({ items: lines() }),
  statement: prose(),
  definition: section({ text: prose() }),
  victims: section({ women: label(), men: label(), children: label() }),
  exploitation: section({ provisional: prose(), note: prose() }),
  origin: section({ provisional: prose(), note: prose(), named_intro: prose() }),
  assistance: section({ crisis_accommodation: label(), safe_accommodation: label(), reintegration_programme: label() }),
  measures: section({ items: lines() }),
  prosecution: section({ suspects: label(), accused: label(), convicted: label(), big_numbers_caption: prose() }),
  // The back page: its band, and the captions of its QR codes, each naming its link.
  help: z.strictObject({ title: prose(), subtitle: prose(), online_heading: prose(), report_qr: prose(), website_qr: prose() }),
  services: section({ contacts: z.array(z.strictObject({ name: prose(), lines: lines() })).min(1) }),
  iwg: section({ intro: prose(), items: lines(), text: prose() }),
  coordinator: section({ name: prose(), lines: lines() }),
  website: section({ lines: lines() }),
  charts: z.strictObject({
    unpublished: label(),
    // The group of the countries a chart does not name, and what the note under a
    // breakdown chart (and its alt text) says it holds: "{label}, {period}: {items}".
    other_countries: label(),
    grouped: text('label', 'period', 'items'),
    status: z.strictObject({ published: label(), inferred: label() }),
    // Every purpose key exploitation.csv may use, with its printed name.
    purposes: z.record(z.string().regex(/^[a-z][a-z_]*$/), label()),
    victims: z.strictObject({ axis: label(), women: label(), men: label(), children: label(), alt: chartAlt() }),
    exploitation: z.strictObject({ axis: label(), alt: chartAlt() }),
    origin: z.strictObject({ axis: label(), alt: chartAlt() }),
    assistance: z.strictObject({
      axis: label(),
      crisis_accommodation: label(),
      safe_accommodation: label(),
      reintegration_programme: label(),
      alt: chartAlt(),
    }),
    prosecution: z.strictObject({ axis: label(), suspects: label(), accused: label(), convicted: label(), alt: chartAlt() }),
    alt: z.strictObject({
      year_total: text('year', 'total', 'values'),
      year: text('year', 'values'),
      value: text('label', 'value'),
      value_separator: label(),
      year_separator: label(),
      provisional: label(),
      inferred: text('items'),
      inferred_item: text('label', 'year', 'value'),
      unpublished: text('items'),
      unpublished_item: text('value', 'year'),
    }),
  }),
});

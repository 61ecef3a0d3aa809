/**
 * The shape of `text.<lang>.yaml`: the engine's own keys (footer, page label, link
 * descriptions, publisher, attachment) and each publication's keys (`textShape`), every
 * one a non-empty text that may hold only the placeholders its place fills. Unknown keys
 * are problems (a misspelt key would otherwise be ignored while the right one is missing).
 * The publications of an edition share its text files: a build checks its own
 * publication's keys and lets the others' be. Also the source of
 * `schemas/text.schema.json`, which editors use to complete keys.
 */
import { z } from 'zod';
import type { PublicationModule } from '../PublicationModule.js';
import { validateMessages as msg } from './messages.js';
import { placeholders } from './placeholders.js';
import { printable } from './printable.js';

/**
 * A text whose `{name}` placeholders are among `names`; `contact.*` allows any contact key,
 * and words in another language (`{sl:Ključ}`), which only texts printed through a
 * template can mark.
 */
export function text(...names: string[]) {
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

/** The engine's own keys, which every publication's pages and files use. */
export const ENGINE_TEXTS = {
  publisher: text(),
  footer: text('date'),
  page_label: text('page', 'pages'),
  // The description of each embedded data file (archive edition), {file} its name.
  attachment: text('file'),
  // What a link annotation says it opens (its /Contents), per kind of contact: {target} is
  // the number, the address or the whole URL.
  links: z.strictObject({ tel: text('target'), email: text('target'), url: text('target') }),
};

/**
 * The text files' schema for a build of `product` (every key of it required), knowing the
 * keys of `all` the publications (those of the others may be there or not); without a
 * product, every publication's keys are required (the editors' JSON Schema).
 */
export function textSchemaOf(all: readonly Pick<PublicationModule, 'id' | 'textShape'>[], product?: string) {
  const shapes = all.map((p) => (product === undefined || p.id === product ? p.textShape : z.object(p.textShape).partial().shape));
  return z.strictObject(Object.assign({}, ENGINE_TEXTS, ...shapes) as z.ZodRawShape);
}

/**
 * What a printed text may hold. Control characters cannot be printed, and in the layout
 * markup they are not even allowed XML: a vertical tab pasted from Word or an escaped
 * "\u0001" in a YAML string would otherwise fail far downstream, located by a markup line
 * the editor never sees. Tabs and line ends are white space and fine. A text is also
 * bounded in length (BOUNDS.textChars).
 */
import type { z } from 'zod';
import { BOUNDS } from './bounds.js';
import { codePoint, validateMessages as msg } from './messages.js';

// With the u flag, \uD800-\uDFFF matches only lone surrogates (a YAML "\uD800" escape): not text either.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/**
 * Embeddings and overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI): invisible,
 * and they reorder what follows them, so a text can read backwards or hide what it says
 * ("Trojan Source"). The languages factsheet sets never need them.
 */
const OVERRIDE = /[\u202A-\u202E]/u;
const ISOLATE = /[\u2066-\u2069]/u;

/** A zod check: reports a text too long, and the first control or direction character of a text. */
export function printable(value: string, ctx: z.core.$RefinementCtx<string>): void {
  if (value.length > BOUNDS.textChars) ctx.addIssue({ code: 'custom', message: msg.textTooLong(value.length, BOUNDS.textChars) });
  const bad = CONTROL.exec(value)?.[0];
  if (bad !== undefined) ctx.addIssue({ code: 'custom', message: msg.controlChar(codePoint(bad)) });
  const override = OVERRIDE.exec(value)?.[0];
  if (override !== undefined) ctx.addIssue({ code: 'custom', message: msg.directionControl(codePoint(override), 'override') });
  const isolate = ISOLATE.exec(value)?.[0];
  if (isolate !== undefined) ctx.addIssue({ code: 'custom', message: msg.directionControl(codePoint(isolate), 'isolate') });
}

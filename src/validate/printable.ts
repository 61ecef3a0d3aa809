/**
 * Control characters cannot be printed, and in the layout markup they are not even
 * allowed XML: a vertical tab pasted from Word or an escaped "\u0001" in a YAML string
 * would otherwise fail far downstream, located by a markup line the editor never sees.
 * Tabs and line ends are white space and fine.
 */
import type { z } from 'zod';
import { codePoint, validateMessages as msg } from './messages.js';

// With the u flag, \uD800-\uDFFF matches only lone surrogates (a YAML "\uD800" escape): not text either.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/** A zod check: reports the first control character of a text. */
export function printable(value: string, ctx: z.core.$RefinementCtx<string>): void {
  const bad = CONTROL.exec(value)?.[0];
  if (bad !== undefined) ctx.addIssue({ code: 'custom', message: msg.controlChar(codePoint(bad)) });
}

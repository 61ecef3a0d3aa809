/**
 * Column kinds of the figure tables: each turns a CSV string into its typed value or says
 * why it cannot. This is where CSV strings become numbers, once. An empty cell is a cell
 * still "to be filled" (as `factsheet new` leaves them), named as such.
 */
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { BOUNDS } from './bounds.js';
import type { Status } from '../model/Edition.js';
import { validateMessages as msg } from './messages.js';

/**
 * A parser for one column: the value, or a message. A message about a bound names its
 * `bound`, so that a file breaking it in many cells gets one problem, not thousands.
 */
export type ColumnKind<T> = (raw: string) => { ok: true; value: T } | { ok: false; message: string; bound?: string };

function fromSchema<T>(schema: z.ZodType<T>, expected: string, message: (raw: string) => string): ColumnKind<T> {
  return (raw) => {
    if (raw === '') return { ok: false, message: msg.toFill(expected) };
    const result = schema.safeParse(raw);
    return result.success ? { ok: true, value: result.data } : { ok: false, message: message(raw) };
  };
}

export const year = fromSchema(z.string().regex(/^\d{4}$/).transform(Number), 'a year', msg.notYear);

const wholeNumber = fromSchema(z.string().regex(/^\d+$/), 'a whole number', msg.notCount);

/**
 * People, 0 to BOUNDS.figure. A figure such as 99999999999999999999 is beyond what a JS
 * number holds exactly (it reads as 1e20), but every such figure is far above the bound,
 * which numbers hold exactly: so it is refused as too large, never passed on rounded.
 */
export const count: ColumnKind<number> = (raw) => {
  const digits = wholeNumber(raw);
  if (!digits.ok) return digits;
  const value = Number(digits.value);
  if (value > BOUNDS.figure) return { ok: false, message: msg.aboveBound(raw, BOUNDS.figure), bound: 'figure' };
  return { ok: true, value };
};

export const status = fromSchema<Status>(z.enum(['published', 'inferred', 'unpublished']), 'published, inferred or unpublished', msg.notStatus);

export const key = fromSchema(z.string().regex(/^[a-z][a-z_]*$/), 'a key (lower-case letters and _)', msg.notKey);

/**
 * A code of the ISO 3166-1 alpha-2 list (not merely one `Intl` can name: it names XA
 * "Pseudo-Accents" and ZZ "Unknown Region"). `unpublished` is allowed where `withUnpublished`.
 */
export const isCountryCode = (v: string) => /^[A-Z]{2}$/.test(v) && countries.isValid(v);

export const country = fromSchema(z.string().refine((v) => v === 'unpublished' || isCountryCode(v)), 'a country code', msg.notCountry);

export const namedCountry = fromSchema(z.string().refine(isCountryCode), 'a country code', msg.notNamedCountry);

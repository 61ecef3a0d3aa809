/**
 * Column kinds of the figure tables: each turns a CSV string into its typed value or says
 * why it cannot. This is where CSV strings become numbers, once. An empty cell is a cell
 * still "to be filled" (as `factsheet new` leaves them), named as such.
 */
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import type { Status } from './Edition.js';
import { validateMessages as msg } from './messages.js';

/** A parser for one column: the value, or a message. */
export type ColumnKind<T> = (raw: string) => { ok: true; value: T } | { ok: false; message: string };

function fromSchema<T>(schema: z.ZodType<T>, expected: string, message: (raw: string) => string): ColumnKind<T> {
  return (raw) => {
    if (raw === '') return { ok: false, message: msg.toFill(expected) };
    const result = schema.safeParse(raw);
    return result.success ? { ok: true, value: result.data } : { ok: false, message: message(raw) };
  };
}

export const year = fromSchema(z.string().regex(/^\d{4}$/).transform(Number), 'a year', msg.notYear);

export const count = fromSchema(z.string().regex(/^\d+$/).transform(Number), 'a whole number', msg.notCount);

export const status = fromSchema<Status>(z.enum(['published', 'inferred', 'unpublished']), 'published, inferred or unpublished', msg.notStatus);

export const key = fromSchema(z.string().regex(/^[a-z][a-z_]*$/), 'a purpose key', msg.notKey);

/**
 * A code of the ISO 3166-1 alpha-2 list (not merely one `Intl` can name: it names XA
 * "Pseudo-Accents" and ZZ "Unknown Region"). `unpublished` is allowed where `withUnpublished`.
 */
export const isCountryCode = (v: string) => /^[A-Z]{2}$/.test(v) && countries.isValid(v);

export const country = fromSchema(z.string().refine((v) => v === 'unpublished' || isCountryCode(v)), 'a country code', msg.notCountry);

export const namedCountry = fromSchema(z.string().refine(isCountryCode), 'a country code', msg.notNamedCountry);

/**
 * Column kinds of the figure tables: each turns a CSV string into its typed value or says
 * why it cannot. This is where CSV strings become numbers, once.
 */
import { z } from 'zod';
import type { Status } from './Edition.js';
import { validateMessages as msg } from './messages.js';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** A parser for one column: the value, or a message. */
export type ColumnKind<T> = (raw: string) => { ok: true; value: T } | { ok: false; message: string };

function fromSchema<T>(schema: z.ZodType<T>, message: (raw: string) => string): ColumnKind<T> {
  return (raw) => {
    const result = schema.safeParse(raw);
    return result.success ? { ok: true, value: result.data } : { ok: false, message: message(raw) };
  };
}

export const year = fromSchema(z.string().regex(/^\d{4}$/).transform(Number), msg.notYear);

export const count = fromSchema(z.string().regex(/^\d+$/).transform(Number), msg.notCount);

export const status = fromSchema<Status>(z.enum(['published', 'inferred', 'unpublished']), msg.notStatus);

export const key = fromSchema(z.string().regex(/^[a-z][a-z_]*$/), msg.notKey);

/** An ISO 3166-1 alpha-2 code that Intl knows as a region, or `unpublished`. */
export const country = fromSchema(
  z.string().refine((v) => v === 'unpublished' || (/^[A-Z]{2}$/.test(v) && regionNames.of(v) !== undefined)),
  msg.notCountry,
);

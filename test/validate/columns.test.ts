/** Column kinds at the data contract's bounds: figures 0 to 1,000,000, compared by their digits. */
import { describe, expect, it } from 'vitest';
import { BOUNDS } from '../../src/validate/bounds.js';
import { count } from '../../src/validate/columns.js';
import { validateMessages as msg } from '../../src/validate/messages.js';

describe('count', () => {
  it('accepts 0 and the bound itself, leading zeros read as written', () => {
    expect(count('0')).toEqual({ ok: true, value: 0 });
    expect(count('1000000')).toEqual({ ok: true, value: 1_000_000 });
    expect(count('0001000000')).toEqual({ ok: true, value: 1_000_000 });
  });

  it('refuses one above the bound, and figures a JS number cannot hold exactly, naming the bound', () => {
    for (const raw of ['1000001', '9999999', '99999999999999999999', '9'.repeat(400)]) {
      expect(count(raw)).toEqual({ ok: false, message: msg.aboveBound(raw, BOUNDS.figure), bound: 'figure' });
    }
  });

  it('shortens a runaway value in the message', () => {
    expect(msg.aboveBound('9'.repeat(400), BOUNDS.figure)).toBe(`"${'9'.repeat(40)}…" is more than 1,000,000, the largest figure a table may hold`);
  });
});

import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../src/format/Formatter.js';

describe('formatterFor', () => {
  const sl = formatterFor('sl');
  const en = formatterFor('en');

  it('writes numbers as each language does', () => {
    expect(sl.number(12345.5)).toBe('12.345,5');
    expect(en.number(12345.5)).toBe('12,345.5');
  });

  it('groups four-digit numbers too, so a column of figures follows one rule', () => {
    expect(sl.number(1234)).toBe('1.234');
    expect(sl.number(25000)).toBe('25.000');
    expect(en.number(1234)).toBe('1,234');
    expect(sl.number(999)).toBe('999');
  });

  it('never groups years and joins ranges with an en dash', () => {
    expect(sl.year(2024)).toBe('2024');
    expect(en.range(2019, 2024)).toBe('2019–2024');
    expect(sl.range(2024, 2024)).toBe('2024');
  });

  it('writes dates in the government style of each language', () => {
    expect(sl.date('2026-11-28')).toBe('28. 11. 2026');
    expect(en.date('2026-11-28')).toBe('28 November 2026');
  });

  it('names countries in the language, with “and” in English', () => {
    expect(sl.country('DO')).toBe('Dominikanska republika');
    expect(en.country('BA')).toBe('Bosnia and Herzegovina');
  });
});

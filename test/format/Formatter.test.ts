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

  it('names countries as official texts in the language do, from the ISO list (not CLDR’s “Congo - Kinshasa”)', () => {
    expect(sl.country('DO')).toBe('Dominikanska republika');
    expect(en.country('BA')).toBe('Bosnia and Herzegovina');
    expect(en.country('CD')).toBe('Democratic Republic of the Congo');
    expect(sl.country('CD')).toBe('Demokratična republika Kongo');
  });

  it('takes the publication’s name for a code in the languages it gives one, the list’s in the others', () => {
    const countries = { CG: { sl: 'Republika Kongo' }, MK: { en: 'North Macedonia' } };
    expect(formatterFor('sl', countries).country('CG')).toBe('Republika Kongo');
    expect(formatterFor('en', countries).country('CG')).toBe('Republic of the Congo');
    expect(formatterFor('en', countries).country('MK')).toBe('North Macedonia');
    expect(formatterFor('sl', countries).country('MK')).toBe('Severna Makedonija');
    expect(formatterFor('en', countries).number(1234)).toBe('1,234');
  });
});

/**
 * Writes the tables of the two extreme editions the page-image tests look at (texts come
 * from the frozen edition, see `fixtureEdition`), from fixed figures:
 * - `test/fixtures/large-2010-2024`: 15 years, 40 countries of origin (long names among
 *   them), 8 purposes, figures from 0 to 1,000,000, an all-zero year, inferred and
 *   unpublished rows;
 * - `test/fixtures/mid-2016-2025`: ten years, fourteen countries, six purposes;
 * - `test/fixtures/two-2023-2024`: two years, three countries;
 * - `test/fixtures/one-2025`: one year with victims, no country of origin published;
 * - `test/fixtures/small-2024`: one year, no victims, no country rows.
 *
 *   npx tsx scripts/make-extreme-editions.ts
 */
import { join, resolve } from 'node:path';
import { split, writeTables, type SyntheticYear } from '../test/support/syntheticEdition.js';

const ROOT = resolve(import.meta.dirname, '..');
const COUNTRIES = [
  'BA', 'MK', 'CF', 'DO', 'AE', 'VC', 'RS', 'HR', 'UA', 'RO', 'BG', 'HU', 'SK', 'CZ', 'PL', 'MD', 'AL', 'ME', 'XK', 'TR',
  'NG', 'GH', 'CM', 'CD', 'CG', 'VN', 'CN', 'TH', 'PH', 'IN', 'PK', 'BD', 'AF', 'SY', 'IQ', 'VE', 'CO', 'BR', 'DE', 'SI',
];
const PURPOSES = ['sexual_exploitation', 'forced_labour', 'commission_of_crime', 'begging', 'slavery', 'servitude', 'organ_trade', 'forced_marriage'];

/** Victims per year: small to very large, one year with none. */
const TOTALS = [3, 12, 0, 48, 150, 999, 1000, 1234, 25000, 40, 7, 123456, 1000000, 88, 27];

const large: SyntheticYear[] = TOTALS.map((total, i) => {
  const year = 2010 + i;
  const [women, men, children] = split(total, [5, 3, 1 + (i % 3)]);
  const countryWeights = COUNTRIES.map((_, c) => ((c * 7 + i * 3) % 11) + (c < 6 ? 30 - 3 * c : 0));
  const countryFigures = split(Math.floor(total * 0.9), countryWeights);
  const countries = COUNTRIES.map((code, c): [string, number, 'published' | 'inferred'] => [code, countryFigures[c]!, i % 4 === 1 && c % 5 === 0 ? 'inferred' : 'published']).filter(([, v]) => v > 0);
  const unknown = total - countryFigures.reduce((a, b) => a + b, 0);
  if (unknown > 0) countries.push(['unpublished', unknown, 'unpublished'] as never);
  const purposeFigures = split(total, PURPOSES.map((_, p) => ((p * 5 + i) % 9) + 1));
  const purposes = PURPOSES.map((key, p): [string, number, 'published' | 'inferred'] => [key, purposeFigures[p]!, i % 5 === 2 && p === 1 ? 'inferred' : 'published']).filter(([, v]) => v > 0);
  return {
    year,
    women,
    men,
    children,
    assistance: [Math.floor(total / 3), Math.floor(total / 5), Math.floor(total / 7)],
    prosecution: [Math.floor(total / 2), Math.floor(total / 4), Math.floor(total / 9)],
    purposes,
    countries,
  };
});

const small: SyntheticYear[] = [
  { year: 2024, women: 0, men: 0, children: 0, assistance: [0, 0, 0], prosecution: [0, 0, 0], purposes: [], countries: [] },
];

/** Ten years, fourteen countries, six purposes: next decade's kind of edition. */
const MID_COUNTRIES = ['BA', 'RS', 'HR', 'UA', 'RO', 'BG', 'HU', 'MD', 'NG', 'VN', 'CN', 'TH', 'DO', 'CD'];
const MID_PURPOSES = PURPOSES.slice(0, 6);
const mid: SyntheticYear[] = [21, 34, 47, 18, 62, 40, 55, 29, 73, 38].map((total, i) => {
  const [women, men, children] = split(total, [6, 2, 1 + (i % 2)]);
  const countryFigures = split(Math.floor(total * 0.8), MID_COUNTRIES.map((_, c) => ((c * 5 + i * 2) % 7) + (c < 4 ? 6 - c : 0)));
  const countries = MID_COUNTRIES.map((code, c): [string, number, 'published' | 'inferred'] => [code, countryFigures[c]!, i === 7 && c % 4 === 0 ? 'inferred' : 'published']).filter(([, v]) => v > 0);
  countries.push(['unpublished', total - countryFigures.reduce((a, b) => a + b, 0), 'unpublished'] as never);
  const purposeFigures = split(total, MID_PURPOSES.map((_, p) => ((p * 3 + i) % 5) + (p === 0 ? 8 : 1)));
  const purposes = MID_PURPOSES.map((key, p): [string, number, 'published' | 'inferred'] => [key, purposeFigures[p]!, i === 9 && p < 2 ? 'inferred' : 'published']).filter(([, v]) => v > 0);
  return {
    year: 2016 + i,
    women,
    men,
    children,
    assistance: [Math.floor(total / 3), Math.floor(total / 4), Math.floor(total / 6)],
    prosecution: [Math.floor(total / 2), Math.floor(total / 3), Math.floor(total / 5)],
    purposes,
    countries,
  };
});

/** Two years, three countries, two purposes. */
const two: SyntheticYear[] = [
  { year: 2023, women: 14, men: 3, children: 1, assistance: [6, 4, 2], prosecution: [9, 5, 2], purposes: [['sexual_exploitation', 12, 'published'], ['forced_labour', 6, 'published']], countries: [['RS', 7, 'published'], ['UA', 5, 'published'], ['unpublished', 6, 'unpublished']] },
  { year: 2024, women: 19, men: 6, children: 0, assistance: [8, 5, 3], prosecution: [11, 7, 4], purposes: [['sexual_exploitation', 16, 'published'], ['forced_labour', 9, 'inferred']], countries: [['RS', 9, 'published'], ['UA', 6, 'published'], ['NG', 4, 'inferred'], ['unpublished', 6, 'unpublished']] },
];

/** One year with victims, no country of origin published. */
const one: SyntheticYear[] = [
  { year: 2025, women: 17, men: 4, children: 2, assistance: [7, 5, 9], prosecution: [12, 6, 3], purposes: [['sexual_exploitation', 15, 'published'], ['forced_labour', 8, 'inferred']], countries: [['unpublished', 23, 'unpublished']] },
];

writeTables(join(ROOT, 'test/fixtures/large-2010-2024'), large);
writeTables(join(ROOT, 'test/fixtures/one-2025'), one);
writeTables(join(ROOT, 'test/fixtures/mid-2016-2025'), mid);
writeTables(join(ROOT, 'test/fixtures/two-2023-2024'), two);
writeTables(join(ROOT, 'test/fixtures/small-2024'), small);

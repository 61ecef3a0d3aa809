import { describe, expect, it } from 'vitest';
import { breakdownGroups, weakestStatus } from '../../src/publications/leaflet/breakdownGroups.js';
import { breakdown } from '../charts/factory.js';

/** `n` countries, the i-th with 10 * (n - i) victims in 2024 (so ranked in this order). */
const countries = (n: number, status = 'published') =>
  breakdown(...Array.from({ length: n }, (_, i) => `2024 C${String.fromCharCode(65 + i)} ${10 * (n - i)} ${status}`));

describe('breakdownGroups', () => {
  it('names every category while there are no more than the series colours', () => {
    const g = breakdownGroups(countries(6));
    expect(g.named).toEqual(['CA', 'CB', 'CC', 'CD', 'CE', 'CF']);
    expect(g.grouped).toEqual([]);
    expect(g.rows).toHaveLength(6);
  });

  it('with more, names one fewer and groups the rest (never a group of one)', () => {
    const g = breakdownGroups(countries(7));
    expect(g.named).toEqual(['CA', 'CB', 'CC', 'CD', 'CE']);
    expect(g.grouped).toEqual([{ key: 'CF', victims: 20 }, { key: 'CG', victims: 10 }]);
    expect(g.rows.filter((r) => r.key === 'other')).toEqual([{ year: 2024, key: 'other', victims: 30, status: 'published' }]);
  });

  it('ranks by the total over the period, ties by key, whatever the order of the rows', () => {
    const rows = breakdown('2023 ZZ 5 published', '2024 AA 3 published', '2024 BB 5 published', '2023 AA 2 published');
    expect(breakdownGroups(rows).named).toEqual(['AA', 'BB', 'ZZ']);
    expect(breakdownGroups([...rows].reverse()).named).toEqual(['AA', 'BB', 'ZZ']);
  });

  it('gives the group of a year the weakest status of its rows, and keeps unpublished apart', () => {
    const rows = [
      ...countries(7),
      ...breakdown('2024 CG 1 inferred'),
      ...breakdown('2023 CG 4 inferred', '2023 CF 1 published', '2023 unpublished 9 unpublished'),
    ];
    const other = breakdownGroups(rows).rows.filter((r) => r.key === 'other');
    expect(other).toEqual([
      { year: 2023, key: 'other', victims: 5, status: 'inferred' },
      { year: 2024, key: 'other', victims: 31, status: 'inferred' },
    ]);
    expect(breakdownGroups(rows).rows.filter((r) => r.key === 'unpublished')).toHaveLength(1);
  });

  it('puts a purpose keyed "other" into the group, never among the named', () => {
    const g = breakdownGroups(breakdown('2024 other 50 published', '2024 begging 3 published'));
    expect(g.named).toEqual(['begging']);
    expect(g.grouped).toEqual([{ key: 'other', victims: 50 }]);
  });

  it('orders statuses unpublished < inferred < published', () => {
    expect(weakestStatus(['published', 'inferred'])).toBe('inferred');
    expect(weakestStatus(['inferred', 'unpublished', 'published'])).toBe('unpublished');
    expect(weakestStatus(['published'])).toBe('published');
  });
});

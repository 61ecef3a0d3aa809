import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/publications/leaflet/buildContext.js';
import { EDITION, editionWith, setLine } from '../support/editionFixture.js';
import { syntheticEdition, type SyntheticYear } from '../support/syntheticEdition.js';
import { readLeaflet, validateLeaflet } from '../support/leafletEdition.js';

const contextOf = (dir: string, lang: 'sl' | 'en' = 'en') => buildContext(validateLeaflet(readLeaflet(dir)), lang);

describe('buildContext', () => {
  const en = contextOf(EDITION);

  it('derives the totals the source leaflet prints', () => {
    // Source: victims table (Total column and row), assistance table, prosecution table.
    expect(en.victims.rows.map((r) => r.cells.at(-1))).toEqual(['113', '2', '2']);
    expect(en.victims.foot!.cells).toEqual(['7', '27', '40', '5', '21', '17', '117']);
    expect(en.assistance.rows.map((r) => r.cells.at(-1))).toEqual(['23', '20', '40']);
    expect(en.prosecution.foot!.cells).toEqual(['85', '24', '9']);
    expect(en.bigNumbers).toEqual([
      { value: '85', label: 'Suspects' },
      { value: '24', label: 'Accused' },
      { value: '9', label: 'Convicted' },
    ]);
  });

  it('takes the period and the year columns from the data', () => {
    expect(en.title).toBe('Trafficking in Human Beings in Slovenia (2019–2024)');
    expect(en.victims.columns).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', 'Total']);
  });

  it('follows a changed cell into the table, the totals and the big numbers', () => {
    // 2023 suspects 16 → 20: total suspects 85 → 89.
    const changed = contextOf(editionWith({ 'prosecution.csv': setLine(6, '2023,20,3,0') }));
    expect(changed.prosecution.rows[4]!.cells).toEqual(['20', '3', '0']);
    expect(changed.prosecution.foot!.cells).toEqual(['89', '24', '9']);
    expect(changed.bigNumbers[0]!.value).toBe('89');
  });

  it('extends the period when a year is added to every table', () => {
    const dir = editionWith({
      'victims.csv': (t) => `${t}2025,10,1,1\n`,
      'assistance.csv': (t) => `${t}2025,1,1,1\n`,
      'prosecution.csv': (t) => `${t}2025,5,2,1\n`,
      'exploitation.csv': (t) => `${t}2025,unpublished,12,unpublished\n`,
      'origin.csv': (t) => `${t}2025,unpublished,12,unpublished\n`,
    });
    const ctx = contextOf(dir);
    expect(ctx.title).toBe('Trafficking in Human Beings in Slovenia (2019–2025)');
    expect(ctx.victims.foot!.cells.slice(-2)).toEqual(['12', '129']);
    expect(ctx.bigNumbers.map((b) => b.value)).toEqual(['90', '26', '10']);
  });

  it('formats for Slovenian and names countries in the language', () => {
    const sl = contextOf(EDITION, 'sl');
    expect(sl.victims.corner).toBe('Leto');
    expect(sl.originNamed[0]).toMatch(/^2023: Bosna in Hercegovina, Črna gora, Hrvaška/);
    expect(en.originNamed[1]).toBe('2024: Bosnia and Herzegovina, Montenegro, Croatia, Serbia, Colombia');
  });

  it('marks the purpose and origin charts provisional and cites their sources', () => {
    expect(en.charts.exploitation).toMatchObject({ provisional: true, sources: expect.stringMatching(/^Sources: gov\.si/) });
    expect(en.charts.victims).toMatchObject({ provisional: false, sources: expect.stringMatching(/^Source: Ministry of the Interior/) });
  });
});

/** `n` years from 2010, each with 1234 women and `countries` countries of 100 victims and the rest unpublished. */
const years = (n: number, countries: string[] = []): SyntheticYear[] =>
  Array.from({ length: n }, (_, i) => ({
    year: 2010 + i,
    women: 1234 + 100 * countries.length,
    men: 0,
    children: 0,
    assistance: [1, 2, 3],
    prosecution: [4, 5, 6],
    purposes: [['sexual_exploitation', 1234 + 100 * countries.length, 'published']],
    countries: [...countries.map((c): [string, number, 'published'] => [c, 100, 'published']), ['unpublished', 1234, 'unpublished']],
  }));
const synthetic = (y: SyntheticYear[], lang: 'sl' | 'en' = 'sl') => contextOf(syntheticEdition(y), lang);

describe('buildContext for long periods and many countries', () => {
  it('gives each year a column, whatever the period, and a Total column layout may turn into a row', () => {
    const victims = synthetic(years(15)).victims;
    expect(victims.columns).toHaveLength(16);
    expect(victims.columns.at(-1)).toBe('Skupaj');
    expect(victims.totalColumns).toBe(1);
    expect(victims.rows.map((r) => r.label)).toEqual(['Ženske', 'Moški', 'Otroci']);
    expect(victims.rows[0]!.cells[0]).toBe('1.234');
  });

  it('notes what the other countries group holds, only when there is one', () => {
    expect(synthetic(years(2, ['BA', 'HR'])).charts.origin!.grouped).toBeUndefined();
    // Seven countries of equal totals: ranked by key, AL BA HR ME MK named, RS and XK grouped.
    const seven = ['BA', 'HR', 'RS', 'MK', 'AL', 'ME', 'XK'];
    expect(synthetic(years(2, seven), 'en').charts.origin!.grouped).toBe('Other countries, 2010–2011: Serbia: 200, Kosovo: 200.');
  });
});

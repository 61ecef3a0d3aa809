import { describe, expect, it } from 'vitest';
import { nextTable, parseYears } from '../../src/cli/nextTable.js';

describe('nextTable', () => {
  const victims = 'year,women,men,children\n2019,6,1,0\n2020,27,0,0\n2021,39,1,0\n';

  it('keeps the rows of the staying years and adds an empty row per new year', () => {
    expect(nextTable(victims, [2020, 2021, 2022])).toEqual({
      text: 'year,women,men,children\n2020,27,0,0\n2021,39,1,0\n2022,,,\n',
      kept: [2020, 2021],
      added: [2022],
    });
  });

  it('keeps every row of a year with several, and semicolons and CRLF as written', () => {
    const origin = 'year;country;victims;status\r\n2019;VN;4;published\r\n2020;HR;1;published\r\n2020;BA;2;published\r\n';
    expect(nextTable(origin, [2020, 2021]).text).toBe('year;country;victims;status\r\n2020;HR;1;published\r\n2020;BA;2;published\r\n2021;;;\r\n');
  });

  it('adds no rows to an optional table', () => {
    expect(nextTable('year,country\n2019,BA\n', [2020], false)).toEqual({ text: 'year,country\n', kept: [], added: [] });
  });
});

describe('parseYears', () => {
  it('reads a range with a hyphen or an en dash, and refuses anything else', () => {
    expect(parseYears('2020-2022')).toEqual([2020, 2021, 2022]);
    expect(parseYears('2020–2020')).toEqual([2020]);
    for (const bad of ['2022-2020', '2020', '20-25', '2020-2025x']) expect(parseYears(bad)).toBeUndefined();
    // An edition covers at most 15 years: `check` would refuse a longer one.
    expect(parseYears('2010-2024')).toHaveLength(15);
    expect(parseYears('2010-2025')).toBeUndefined();
  });
});

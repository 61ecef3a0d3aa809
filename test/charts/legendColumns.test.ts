import { describe, expect, it } from 'vitest';
import { legendColumns } from '../../src/charts/legendColumns.js';
import { defaultTheme } from '../../src/publications/leaflet/themes.js';

/** Every character 1 pt wide at any size. */
const width = (text: string) => text.length;
const size = defaultTheme.type.chart.size;

describe('legendColumns', () => {
  it('keeps the template’s columns while the longest label fits', () => {
    // Each entry: swatch (size) + 4 + 10; two entries and 12 pt between them.
    const two = 2 * (size + 4 + 10) + 12;
    expect(legendColumns(2, ['a'.repeat(10), 'b'], two, defaultTheme, width)).toEqual({ columns: 2, extraHeight: 0 });
  });

  it('falls to fewer columns, down to one, rather than truncate a long name', () => {
    const two = 2 * (size + 4 + 10) + 12;
    expect(legendColumns(2, ['a'.repeat(11)], two, defaultTheme, width).columns).toBe(1);
    expect(legendColumns(3, ['Bosnia and Herzegovina'], 10, defaultTheme, width).columns).toBe(1);
  });

  it('makes the chart taller by each row beyond three, so the plot keeps its height', () => {
    const labels = Array.from({ length: 7 }, () => 'a'.repeat(30));
    expect(legendColumns(2, labels, 60, defaultTheme, width)).toEqual({ columns: 1, extraHeight: 4 * (size + 3) });
    expect(legendColumns(2, labels.slice(0, 3), 60, defaultTheme, width).extraHeight).toBe(0);
  });
});

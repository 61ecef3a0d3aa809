import { describe, expect, it } from 'vitest';
import { chartSlots } from '../../src/layout/chartSlots.js';
import { type Theme } from '../../src/model/Theme.js';
import { a4Theme, a5Theme } from '../../src/publications/leaflet/themes.js';
import { chart, columns, doc, keep, p, section } from './factories.js';

/** Text width and the width of one of two columns, from the theme's own numbers, pt. */
const widths = (theme: Theme) => {
  const { width, margin, columnGap } = theme.page;
  const text = width - margin.left - margin.right;
  return { text, half: (text - columnGap) / 2 };
};

/** The narrowest column a chart is set in, pt. */
const minChartColumn = (theme: Theme) => Math.max(theme.page.minColumnWidth, theme.chart.minWidth);

describe('chartSlots', () => {
  it('gives a chart at the top level the text width and the full-width height', () => {
    const slots = chartSlots(doc(p('Intro'), chart('victims')), a4Theme);
    expect(slots.get('victims')).toEqual({ width: widths(a4Theme).text, ...a4Theme.chart.full });
  });

  it('gives a chart in a two-column block the column width and the column height, and a slot across the page should the columns fold', () => {
    const slots = chartSlots(doc(columns(2, [chart('origin'), chart('exploitation')])), a4Theme);
    const slot = { width: widths(a4Theme).half, ...a4Theme.chart.column, folded: { width: widths(a4Theme).text, ...a4Theme.chart.full } };
    expect(widths(a4Theme).half).toBeGreaterThanOrEqual(minChartColumn(a4Theme));
    expect(slots.get('origin')).toEqual(slot);
    expect(slots.get('exploitation')).toEqual(slot);
  });

  it('looks inside sections and keep groups, and at columns within them', () => {
    const slots = chartSlots(doc(section([keep([chart('victims'), columns(2, [chart('origin')])])])), a4Theme);
    expect(slots.get('victims')).toEqual({ width: widths(a4Theme).text, ...a4Theme.chart.full });
    // Columns inside a keep never fold: no second slot.
    expect(slots.get('origin')).toEqual({ width: widths(a4Theme).half, ...a4Theme.chart.column });
  });

  it('on A5, folds two columns too narrow for a chart into one: the chart runs across the page', () => {
    expect(widths(a5Theme).half).toBeLessThan(minChartColumn(a5Theme));
    const slots = chartSlots(doc(columns(2, [p('Beside it'), section([chart('origin')])])), a5Theme);
    expect(slots.get('origin')).toEqual({ width: widths(a5Theme).text, ...a5Theme.chart.full });
  });

  it('refuses one chart placed in columns of different widths', () => {
    expect(() => chartSlots(doc(chart('victims'), columns(2, [chart('victims')])), a4Theme)).toThrow(
      /^layout: chart "victims" is placed twice in columns of different widths$/,
    );
  });
});

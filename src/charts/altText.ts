/**
 * A chart's alternative text, generated from the same cells the chart draws: what kind of
 * chart over which period, every value of every year and of the whole period, and for
 * provisional charts which figures are inferred and which victims have no published
 * breakdown, and what the group of other categories holds. Every phrase is a text of the `charts:` section; this module only chooses
 * and fills them.
 */
import type { Formatter } from '../format/Formatter.js';
import { OTHER, UNPUBLISHED } from './ChartData.js';
import type { ChartCell, ChartData } from './ChartData.js';
import type { ChartTexts } from './chartTexts.js';

export function altText(
  data: ChartData,
  labels: Map<string, string>,
  texts: ChartTexts,
  fmt: Formatter,
): string {
  const label = (c: { key: string }) => labels.get(c.key)!;
  const value = (c: { value: number }) => fmt.number(c.value);
  const year = (c: ChartCell) => fmt.year(c.year);
  // The chart's period: every year of the edition, which `years` holds with or without figures.
  const whole = fmt.range(data.years[0]!, data.years.at(-1)!);
  const valueSeparator = texts.get('alt.value_separator');
  const yearSeparator = texts.get('alt.year_separator');

  /** "2019: 7 in total (Women: 6, …)" for stacked bars, "2019: Suspects: 14, …" for grouped. */
  const entry = (when: string, cells: { key: string; value: number }[]) => {
    const values = cells.map((c) => texts.fill('alt.value', { label: label(c), value: value(c) }));
    if (data.layout === 'grouped') return texts.fill('alt.year', { year: when, values: values.join(valueSeparator) });
    const total = fmt.number(cells.reduce((sum, c) => sum + c.value, 0));
    return texts.fill('alt.year_total', { year: when, total, values: values.join(valueSeparator) });
  };
  // Each year, then the whole period per category, as a table's total column gives it.
  const periodTotals = data.keys.map((key) => ({
    key,
    value: data.cells.filter((c) => c.key === key).reduce((sum, c) => sum + c.value, 0),
  }));
  const entries = [
    ...data.years.map((y) => entry(fmt.year(y), data.cells.filter((c) => c.year === y))),
    entry(whole, periodTotals),
  ];
  const sentences = [texts.fill(`${data.id}.alt`, { period: whole, values: entries.join(yearSeparator) })];
  if (data.grouped.some((g) => g.key !== OTHER)) {
    const items = data.grouped.map((g) => texts.fill('alt.value', { label: label(g), value: value(g) }));
    sentences.push(texts.fill('grouped', { label: labels.get(OTHER)!, period: whole, items: items.join(valueSeparator) }));
  }

  const inferred = data.cells.filter((c) => c.status === 'inferred');
  const unpublished = data.cells.filter((c) => c.key === UNPUBLISHED);
  if (inferred.length > 0 || unpublished.length > 0) sentences.push(texts.get('alt.provisional'));
  if (inferred.length > 0) {
    const items = inferred.map((c) => texts.fill('alt.inferred_item', { label: label(c), year: year(c), value: value(c) }));
    sentences.push(texts.fill('alt.inferred', { items: items.join(yearSeparator) }));
  }
  if (unpublished.length > 0) {
    const items = unpublished.map((c) => texts.fill('alt.unpublished_item', { year: year(c), value: value(c) }));
    sentences.push(texts.fill('alt.unpublished', { items: items.join(valueSeparator) }));
  }
  return sentences.join(' ');
}

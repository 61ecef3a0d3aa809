/**
 * Edition + language → TemplateContext: tables with row and column totals, the big
 * numbers and the chart captions, all derived here from the figures and formatted with
 * the language's Formatter.
 */
import {
  ASSISTANCE_KINDS,
  PROSECUTION_STAGES,
  VICTIM_GROUPS,
  columnTotal,
  isProvisional,
  periodOf,
  rowTotal,
} from './facts.js';
import { OTHER } from '../../charts/ChartData.js';
import { breakdownGroups } from './breakdownGroups.js';
import { formatterFor, type Formatter } from '../../format/Formatter.js';
import type { Lang, Texts } from '../../model/Edition.js';
import type { LeafletEdition as Edition } from './Figures.js';
import { fillText } from '../../texts/fillText.js';
import { textAt } from '../../texts/textAt.js';
import { templateMessages } from '../../template/messages.js';
import type { TableModel, TemplateContext } from './TemplateContext.js';

export function buildContext(edition: Edition, lang: Lang): TemplateContext {
  const fmt = formatterFor(lang, edition.publication.countries);
  const t = edition.texts[lang];
  const { figures, publication } = edition;
  const period = periodOf(figures);
  const word = (path: string) => text(t, path);
  const charts: TemplateContext['charts'] = {};
  for (const [id, { sources }] of Object.entries(publication.charts)) {
    const label = word(sources.length > 1 ? 'sources_label' : 'source_label');
    charts[id] = {
      sources: `${label} ${sources.map((s) => publication.sources[s]![lang]).join('; ')}.`,
      provisional: id === 'exploitation' || id === 'origin' ? isProvisional(figures[id]) : false,
      grouped: id === 'exploitation' || id === 'origin' ? groupedNote(edition, id, t, fmt) : undefined,
    };
  }
  const prosecution = byYearTable(figures.prosecution, PROSECUTION_STAGES, 'prosecution', t, fmt);
  return {
    title: fillText(word('document_title'), { period: fmt.range(period.from, period.to) }),
    victims: byGroupTable(figures.victims, VICTIM_GROUPS, 'victims', t, fmt),
    assistance: byGroupTable(figures.assistance, ASSISTANCE_KINDS, 'assistance', t, fmt, false),
    prosecution,
    bigNumbers: PROSECUTION_STAGES.map((stage, i) => ({
      value: prosecution.foot!.cells[i]!,
      label: word(`prosecution.${stage}`),
    })),
    originNamed: namedCountries(edition, fmt),
    charts,
  };
}

/**
 * Years as columns, one row per group, a Total column and (optionally) a Total row. Layout
 * sets it transposed (a row per year) where the years do not fit as columns or the pages
 * are better composed so (`transpose="auto"` in the template).
 */
function byGroupTable<R extends { year: number }>(
  rows: readonly R[],
  groups: readonly (keyof R & string)[],
  section: string,
  t: Texts,
  fmt: Formatter,
  totalRow = true,
): TableModel {
  const total = text(t, 'total');
  const n = fmt.number;
  return {
    corner: text(t, 'year'),
    columns: [...rows.map((r) => fmt.year(r.year)), total],
    rows: groups.map((g) => ({
      label: text(t, `${section}.${g}`),
      cells: [...rows.map((r) => n(r[g] as number)), n(columnTotal(rows, g))],
    })),
    foot: totalRow
      ? { label: total, cells: [...rows.map((r) => n(rowTotal(r, groups))), n(groups.reduce((s, g) => s + columnTotal(rows, g), 0))] }
      : undefined,
    widths: [groups.some((g) => text(t, `${section}.${g}`).length > 12) ? 3.4 : 1.6, ...rows.map(() => 1), 1.2].join(','),
    totalColumns: 1,
  };
}

/** Years as rows, one column per measure, and a Total row. */
function byYearTable<R extends { year: number }>(
  rows: readonly R[],
  columns: readonly (keyof R & string)[],
  section: string,
  t: Texts,
  fmt: Formatter,
): TableModel {
  const n = fmt.number;
  return {
    corner: text(t, 'year'),
    columns: columns.map((c) => text(t, `${section}.${c}`)),
    rows: rows.map((r) => ({ label: fmt.year(r.year), cells: columns.map((c) => n(r[c] as number)) })),
    foot: { label: text(t, 'total'), cells: columns.map((c) => n(columnTotal(rows, c))) },
    widths: [1, ...columns.map(() => 1)].join(','),
    totalColumns: 0,
  };
}

/**
 * What the chart's "other" group holds, with each category's total over the period:
 * `Other countries, 2010–2024: Serbia: 34, Croatia: 33, …` (the same sentence as in the
 * chart's alt text); undefined when the chart names every category.
 */
function groupedNote(edition: Edition, id: 'exploitation' | 'origin', t: Texts, fmt: Formatter): string | undefined {
  const { grouped } = breakdownGroups(edition.figures[id]);
  if (!grouped.some((g) => g.key !== OTHER)) return undefined;
  const name = (key: string) => (id === 'origin' ? fmt.country(key) : text(t, `charts.purposes.${key}`));
  const items = grouped.map((g) => fillText(text(t, 'charts.alt.value'), { label: name(g.key), value: fmt.number(g.victims) }));
  const period = periodOf(edition.figures);
  return fillText(text(t, 'charts.grouped'), {
    label: text(t, id === 'origin' ? 'charts.other_countries' : 'charts.purposes.other'),
    period: fmt.range(period.from, period.to),
    items: items.join(text(t, 'charts.alt.value_separator')),
  });
}

function namedCountries(edition: Edition, fmt: Formatter): string[] {
  const byYear = new Map<number, string[]>();
  for (const { year, country } of edition.figures.originNamed) {
    byYear.set(year, [...(byYear.get(year) ?? []), fmt.country(country)]);
  }
  return [...byYear].map(([year, names]) => `${fmt.year(year)}: ${names.join(', ')}`);
}

/** A text by dotted path; validation guarantees the shape, so a miss is a broken invariant. */
function text(t: Texts, path: string): string {
  const value = textAt(t, path);
  if (typeof value !== 'string') throw new Error(templateMessages.missingText(path));
  return value;
}

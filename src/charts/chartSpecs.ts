/**
 * Edition → ChartSpec[]: for each chart, its template filled with the edition's figures,
 * the language's words and number format, and the theme's colours and type; and its
 * alternative text. Problems with texts or templates of all charts are reported together.
 */
import { CHART_TABLES } from './chartTables.js';
import { periodOf } from '../facts/facts.js';
import { formatterFor } from '../format/Formatter.js';
import { InputError, type Problem } from '../read/Problem.js';
import type { Theme } from '../theme.js';
import type { Edition, Lang, Status } from '../validate/Edition.js';
import { altText } from './altText.js';
import { categoryLabels } from './categoryLabels.js';
import { chartConfig } from './chartConfig.js';
import { CHART_IDS, chartData, type ChartId } from './chartData.js';
import { chartRows, type TextWidth } from './chartRows.js';
import type { ChartSpec } from './ChartSpec.js';
import { chartTexts, type ChartTexts } from './chartTexts.js';
import { hexOf } from '../graphics/Color.js';
import { chartPalette, hatchedFills, seriesColors } from './colors.js';
import { fillTemplate } from './fillTemplate.js';
import { legendColumns } from './legendColumns.js';
import { STATUSES, bandPadding, loadTemplate, statusOpacity } from './template.js';

export interface ChartsEnv {
  theme: Theme;
  /** Folder of the `<id>.vl.json` templates. */
  templatesDir: string;
  /** The size layout gives each chart (see `chartSlots`). */
  slots: ReadonlyMap<string, { width: number; height: number }>;
  /** Printed width of chart text, pt, measured with the fonts the charts are drawn in. */
  textWidth: TextWidth;
}

export function chartSpecs(edition: Edition, lang: Lang, env: ChartsEnv): ChartSpec[] {
  const texts = chartTexts(edition.texts[lang], lang);
  const problems: Problem[] = [];
  const specs: ChartSpec[] = [];
  for (const id of CHART_IDS) {
    try {
      specs.push(chartSpec(id, edition, texts, env));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return specs;
}

function chartSpec(id: ChartId, edition: Edition, texts: ChartTexts, env: ChartsEnv): ChartSpec {
  const { theme } = env;
  const fmt = formatterFor(texts.lang, edition.publication.countries);
  const template = loadTemplate(env.templatesDir, id);
  const data = chartData(id, edition.figures);
  const labels = categoryLabels(data, texts, fmt);
  const colors = seriesColors(data.keys, theme, edition.publication.charts[id]?.colors);
  const statusLabels = Object.fromEntries(
    STATUSES.map((s) => [s, s === 'unpublished' ? texts.get('unpublished') : texts.get(`status.${s}`)]),
  ) as Record<Status, string>;
  const opacity = statusOpacity(template);
  const rows = chartRows(data, { labels, colors, statusLabels, statusOpacity: opacity, fmt, theme, textWidth: env.textWidth, bandPadding: bandPadding(template) });
  const swatch = theme.colors.series[0]!;
  const slot = env.slots.get(id);
  if (!slot) throw new Error(`charts: chart "${id}" has no place in the layout`);
  const spec = fillTemplate(template, {
    ...slot,
    rows,
    years: data.years.map(fmt.year),
    categories: data.keys.map((k) => ({ label: labels.get(k)!, fill: hexOf(colors.get(k)!.fill), edge: hexOf(colors.get(k)!.edge) })),
    statusLabels,
    // The first series colour, solid and hatched: no neutral grey stays 20 grey levels
    // from every series in both sRGB and CMYK (muted is 6 from the accent in sRGB, and
    // the same 80 % K as the "other" group), while the series are chosen apart.
    statusSwatch: hexOf(swatch),
    texts,
    config: chartConfig(theme, fmt),
    // As many columns as the width holds (three across A5), fewer where names are long.
    legendColumns: (max) =>
      legendColumns(Math.max(max, Math.floor(slot.width / theme.chart.legendColumnWidth)), data.keys.map((k) => labels.get(k)!), slot.width, theme, env.textWidth),
  });
  const { text, muted, rule, white } = theme.colors;
  const palette = chartPalette([text, muted, rule, white, swatch, ...[...colors.values()].flatMap((c) => [c.fill, c.edge])]);
  // Inferred figures, and the status legend's swatch for them, are drawn hatched.
  const hatched = hatchedFills([...[...colors.values()].map((c) => c.fill), swatch], opacity.inferred, theme);
  return { id, spec, tables: CHART_TABLES[id], alt: altText(data, labels, texts, fmt, periodOf(edition.figures)), palette, hatched };
}

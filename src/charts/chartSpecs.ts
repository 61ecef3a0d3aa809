/**
 * Edition → ChartSpec[]: for each chart the markup places (`slots`), its template filled
 * with the figures the publication gives it (`ChartData`),
 * the language's words and number format, and the theme's colours and type; and its
 * alternative text. Problems with texts or templates of all charts are reported together.
 */
import { formatterFor } from '../format/Formatter.js';
import { InputError, type Problem } from '../model/Problem.js';
import type { Theme } from '../model/Theme.js';
import type { Edition, Lang, Status } from '../model/Edition.js';
import { altText } from './altText.js';
import { categoryLabels } from './categoryLabels.js';
import { chartConfig } from './chartConfig.js';
import type { ChartData } from './ChartData.js';
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
  /** The size layout gives each chart the markup places (see `chartSlots`): the charts drawn. */
  slots: ReadonlyMap<string, { width: number; height: number }>;
  /** A chart's figures, which its publication takes from the edition's (`PublicationModule.charts`). */
  data: (id: string, figures: never) => ChartData;
  /** Printed width of chart text, pt, measured with the fonts the charts are drawn in. */
  textWidth: TextWidth;
}

export function chartSpecs(edition: Edition, lang: Lang, env: ChartsEnv): ChartSpec[] {
  const texts = chartTexts(edition.texts[lang], lang);
  const problems: Problem[] = [];
  const specs: ChartSpec[] = [];
  for (const [id, slot] of env.slots) {
    try {
      specs.push(chartSpec(env.data(id, edition.figures as never), slot, edition, texts, env));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length > 0) throw new InputError(problems);
  return specs;
}

function chartSpec(data: ChartData, slot: { width: number; height: number }, edition: Edition, texts: ChartTexts, env: ChartsEnv): ChartSpec {
  const { theme } = env;
  const { id } = data;
  const fmt = formatterFor(texts.lang, edition.publication.countries);
  const template = loadTemplate(env.templatesDir, id);
  const labels = categoryLabels(data, texts, fmt);
  const colors = seriesColors(data.keys, theme, edition.publication.charts[id]?.colors);
  const statusLabels = Object.fromEntries(
    STATUSES.map((s) => [s, s === 'unpublished' ? texts.get('unpublished') : texts.get(`status.${s}`)]),
  ) as Record<Status, string>;
  const opacity = statusOpacity(template);
  const rows = chartRows(data, { labels, colors, statusLabels, statusOpacity: opacity, fmt, theme, textWidth: env.textWidth, bandPadding: bandPadding(template) });
  const swatch = theme.colors.series[0]!;
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
  return { id, spec, tables: data.tables, alt: altText(data, labels, texts, fmt), palette, hatched };
}

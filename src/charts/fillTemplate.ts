/**
 * Fills a chart template by the fields its channels read, so the template decides the
 * drawing and the build supplies only what comes from the edition and the theme:
 * - `year`: the domain, every year of the edition (years without figures stay on the axis);
 * - `label`: the categories in order, and on colour channels their colours; a legend's
 *   `columns` is lowered where the longest label would not fit, and the chart made taller
 *   by the rows this adds (so the plot keeps its height);
 * - a quantitative channel of a chart whose figures are all 0 (or that has none): the
 *   domain 0–1, so the empty chart keeps its axis with 0 at the bottom;
 * - `statusLabel`: the status words in `STATUSES` order; its legend lists the statuses
 *   that need telling apart, or is dropped when no figure is inferred;
 * - `text:<path>` strings anywhere: the texts; the dataset `table`: the rows; `config`: the theme.
 */
import type { Config, TopLevelSpec } from 'vega-lite';
import type { Status } from '../model/Edition.js';
import type { ChartRow } from './chartRows.js';
import type { ChartTexts } from './chartTexts.js';
import type { LegendLayout } from './legendColumns.js';
import { STATUSES, channels } from './template.js';

export interface TemplateFill {
  rows: ChartRow[];
  years: string[];
  /** In stacking or grouping order; colours as `#rrggbb`. */
  categories: { label: string; fill: string; edge: string }[];
  statusLabels: Record<Status, string>;
  /** Colour of the status legend's swatches. */
  statusSwatch: string;
  texts: ChartTexts;
  config: Config;
  /** The size layout gives the chart, pt (padding, axes and legends included). */
  width: number;
  height: number;
  /** Columns a category legend can have, given the most its template asks for, and the height its extra rows add. */
  legendColumns: (max: number) => LegendLayout;
}

/** Colour channels by category: fills take the category's colour, strokes its outline. */
const COLOUR_CHANNELS: Record<string, 'fill' | 'edge'> = { color: 'fill', fill: 'fill', stroke: 'edge' };

export function fillTemplate(template: TopLevelSpec, fill: TemplateFill): TopLevelSpec {
  const spec = resolveTexts(structuredClone(template), fill.texts) as TopLevelSpec;
  const labels = fill.categories.map((c) => c.label);
  let extraHeight = 0;
  for (const [channel, def] of channels(spec)) {
    if (def.field === 'year') def.scale = { ...def.scale, domain: fill.years };
    if (def.field === 'label') {
      def.scale = { ...def.scale, domain: labels, ...(channel in COLOUR_CHANNELS && { range: fill.categories.map((c) => c[COLOUR_CHANNELS[channel]!]) }) };
      if (typeof def.legend?.columns === 'number') {
        const legend = fill.legendColumns(def.legend.columns);
        def.legend = { ...def.legend, columns: legend.columns };
        extraHeight = Math.max(extraHeight, legend.extraHeight);
      }
    }
    if (fill.rows.every((r) => r.value === 0) && def.type === 'quantitative') def.scale = { ...def.scale, domain: [0, 1] };
    if (def.field === 'statusLabel') {
      def.scale = { ...def.scale, domain: STATUSES.map((s) => fill.statusLabels[s]) };
      if (def.legend) def.legend = statusLegend(def.legend, fill);
    }
  }
  return { ...spec, width: fill.width, height: fill.height + extraHeight, datasets: { table: fill.rows }, config: merge(spec.config ?? {}, fill.config) } as TopLevelSpec;
}

/** Published and inferred figures, told apart; `unpublished` has its own grey category. */
function statusLegend(legend: Record<string, unknown>, fill: TemplateFill): Record<string, unknown> | null {
  const present = new Set(fill.rows.map((r) => r.status));
  if (!present.has('inferred')) return null;
  const swatch = { value: fill.statusSwatch };
  const encoding = (legend.encoding ?? {}) as { symbols?: Record<string, unknown> };
  return {
    ...legend,
    values: (['published', 'inferred'] as const).filter((s) => present.has(s)).map((s) => fill.statusLabels[s]),
    encoding: { ...encoding, symbols: { ...encoding.symbols, fill: swatch, stroke: swatch } },
  };
}

function resolveTexts(value: unknown, texts: ChartTexts): unknown {
  if (typeof value === 'string') {
    const path = /^text:([a-z_.]+)$/i.exec(value)?.[1];
    return path === undefined ? value : texts.get(path);
  }
  if (Array.isArray(value)) return value.map((v) => resolveTexts(v, texts));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveTexts(v, texts)]));
  return value;
}

/** `extra` over `base`, merging nested objects (config groups such as `axis`). */
function merge(base: object, extra: object): Config {
  const isObject = (x: unknown): x is object => typeof x === 'object' && x !== null && !Array.isArray(x);
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(extra)) {
    const b = out[k];
    out[k] = isObject(b) && isObject(v) ? merge(b, v) : v;
  }
  return out as Config;
}

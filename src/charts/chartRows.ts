/**
 * A chart's data as the long ("tidy") rows its template reads from the dataset `table`:
 * one row per year and category, every word and number already written in the edition's
 * language, so the spec needs no number formats of its own for labels.
 */
import type { Formatter } from '../format/Formatter.js';
import type { Theme } from '../theme.js';
import type { Status } from '../validate/Edition.js';
import type { ChartData } from './chartData.js';
import { hexOf } from '../graphics/Color.js';
import { labelColorOn, type CategoryColors } from './colors.js';

export interface ChartRow {
  /** The year as printed (a string, so the axis never groups it: 2019, not 2,019). */
  year: string;
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  /** Position in the stack (0 = bottom) or group (0 = left). */
  order: number;
  status: Status;
  statusLabel: string;
  /** The year's sum over all categories, for the label above a stacked bar. */
  total: number;
  totalLabel: string;
  /** The bar's outline (`#rrggbb`): a shade of its colour with 3:1 contrast against the paper. */
  edge: string;
  /** Colour (`#rrggbb`) of `valueLabel` printed on the bar: white or text colour, whichever reads better. */
  labelColor: string;
  /** Printed widths of `valueLabel` (regular) and `totalLabel` (bold), pt: a template prints a label only where it fits. */
  labelWidth: number;
  totalWidth: number;
}

export interface RowContext {
  labels: Map<string, string>;
  colors: Map<string, CategoryColors>;
  statusLabels: Record<Status, string>;
  /** Strength of a bar's colour per status (the template's fill opacity, printed as a solid tint). */
  statusOpacity: Record<Status, number>;
  fmt: Formatter;
  theme: Theme;
  /** Width of a text in the chart type at `size` pt, pt. */
  textWidth: TextWidth;
}

export type TextWidth = (text: string, size: number, bold: boolean) => number;

export function chartRows(data: ChartData, ctx: RowContext): ChartRow[] {
  const totals = new Map<number, number>();
  for (const c of data.cells) totals.set(c.year, (totals.get(c.year) ?? 0) + c.value);
  const size = ctx.theme.type.chart.size;
  return data.cells.map((c) => ({
    year: ctx.fmt.year(c.year),
    key: c.key,
    label: ctx.labels.get(c.key)!,
    value: c.value,
    valueLabel: ctx.fmt.number(c.value),
    order: data.keys.indexOf(c.key),
    status: c.status,
    statusLabel: ctx.statusLabels[c.status],
    total: totals.get(c.year)!,
    totalLabel: ctx.fmt.number(totals.get(c.year)!),
    edge: hexOf(ctx.colors.get(c.key)!.edge),
    labelColor: hexOf(labelColorOn(ctx.colors.get(c.key)!.fill, ctx.statusOpacity[c.status], ctx.theme)),
    labelWidth: ctx.textWidth(ctx.fmt.number(c.value), size, false),
    totalWidth: ctx.textWidth(ctx.fmt.number(totals.get(c.year)!), size, true),
  }));
}

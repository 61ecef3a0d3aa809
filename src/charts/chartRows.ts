/**
 * A chart's data as the long ("tidy") rows its template reads from the dataset `table`:
 * one row per year and category, every word and number already written in the edition's
 * language, so the spec needs no number formats of its own for labels.
 */
import type { Formatter } from '../format/Formatter.js';
import type { Theme } from '../model/Theme.js';
import type { Status } from '../model/Edition.js';
import type { ChartCell, ChartData } from './ChartData.js';
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
  /** Printed width of `valueLabel` (regular), pt: a template prints it only inside a bar it fits. */
  labelWidth: number;
  /**
   * The band step (bar plus the padding beside it), pt, this year's bar needs for
   * `totalLabel` above it to clear its neighbours: the labels of shorter neighbours, and
   * the bars of taller ones (which reach up beside it). At the chart's ends it must fit its
   * own step.
   */
  totalStep: number;
  /**
   * The figures of the bars beside this one in its year's group (grouped charts), and
   * their label widths, pt; width -1 where there is none. A template prints a figure
   * above its bar only where it clears its neighbours' figures and bars.
   */
  leftValue: number;
  leftWidth: number;
  rightValue: number;
  rightWidth: number;
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
  /** The year scale's padding between bars, as a share of the step (the template's `paddingInner`). */
  bandPadding: number;
}

/** Clear space kept between two labels, or a label and a bar, pt. */
const GAP = 2;

export type TextWidth = (text: string, size: number, bold: boolean) => number;

export function chartRows(data: ChartData, ctx: RowContext): ChartRow[] {
  const totals = new Map<number, number>();
  for (const c of data.cells) totals.set(c.year, (totals.get(c.year) ?? 0) + c.value);
  const size = ctx.theme.type.chart.size;
  const width = (year: number) => (totals.has(year) ? ctx.textWidth(ctx.fmt.number(totals.get(year)!), size, true) : 0);
  const totalStep = (year: number) => {
    const i = data.years.indexOf(year);
    const own = width(year);
    const side = (j: number) => {
      const other = data.years[j];
      if (other === undefined) return own + GAP;
      const labels = (own + width(other)) / 2 + GAP;
      // A bar is (1 - padding) of the step wide: a taller neighbour's edge is (1 + padding) / 2 steps away.
      const bar = (totals.get(other) ?? 0) >= totals.get(year)! ? (own + GAP) / (1 + ctx.bandPadding) : 0;
      return Math.max(labels, bar);
    };
    return Math.max(side(i - 1), side(i + 1));
  };
  const neighbour = (c: ChartCell, step: number) => {
    const other = data.cells.find((o) => o.year === c.year && data.keys.indexOf(o.key) === data.keys.indexOf(c.key) + step);
    return other ? { value: other.value, width: ctx.textWidth(ctx.fmt.number(other.value), size, false) } : { value: 0, width: -1 };
  };
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
    totalStep: totalStep(c.year),
    leftValue: neighbour(c, -1).value,
    leftWidth: neighbour(c, -1).width,
    rightValue: neighbour(c, 1).value,
    rightWidth: neighbour(c, 1).width,
  }));
}

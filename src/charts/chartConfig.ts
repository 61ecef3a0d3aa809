/**
 * The theme's type and colours as a Vega-Lite config, so no template repeats a font size
 * or a colour. All chart text is one size (the theme's chart text, 7.5–8.5 pt); titles are
 * muted, not bold, since the page's heading titles the chart. Truncation limits are off:
 * a label is printed whole or the chart reports that it overflows.
 */
import type { Config } from 'vega-lite';
import { FONT_FAMILY } from '../fonts/FontSet.js';
import { hexOf } from '../graphics/Color.js';
import type { Formatter } from '../format/Formatter.js';
import type { Theme } from '../model/Theme.js';

/**
 * A Vega option that Vega-Lite passes through but does not type: legends start at the
 * chart's left edge (under the axis title), not the plot's, so a narrow chart's legend
 * has the chart's full width.
 */
const LEGEND_ROW = { anchor: 'start', frame: 'bounds' };
const LEGEND_LAYOUT = { layout: { top: LEGEND_ROW, bottom: LEGEND_ROW } } as unknown as Config['legend'];

/** Space between legend columns, and between a swatch and its label (vega's default), pt. */
export const LEGEND_COLUMN_PADDING = 12;
export const LEGEND_LABEL_OFFSET = 4;
/** Space between legend rows, pt. */
export const LEGEND_ROW_PADDING = 3;

export function chartConfig(theme: Theme, fmt: Formatter): Config {
  const { colors } = theme;
  const text = theme.type.chart;
  const [ink, muted, rule] = [hexOf(text.color), hexOf(colors.muted), hexOf(colors.rule)];
  const label = { labelFontSize: text.size, labelColor: ink, labelLimit: 0 };
  const title = { titleFontSize: text.size, titleColor: muted, titleFontWeight: 'normal', titleLimit: 0 } as const;
  return {
    // Quoted: an unquoted family whose name has a word starting with a digit is invalid CSS.
    font: `'${FONT_FAMILY}'`,
    // The page shows through (no white rectangle); the PDF's Figure carries the alt text,
    // so the SVG needs no ARIA attributes.
    background: 'transparent',
    aria: false,
    view: { stroke: null },
    mark: { color: hexOf(colors.series[0]!) },
    text: { fontSize: text.size, color: ink },
    axis: { ...label, ...title, labelPadding: 3, titlePadding: 6, domainColor: muted, tickColor: muted },
    axisX: { grid: false, ticks: false, domainWidth: 0.75 },
    axisY: { grid: true, gridColor: rule, gridWidth: 0.5, domain: false, ticks: false, tickCount: 5 },
    legend: {
      ...label,
      ...title,
      symbolType: 'square',
      symbolSize: text.size * text.size,
      symbolStrokeWidth: 1,
      // Swatches are outlined like the bars, in a grey with 3:1 contrast against the paper.
      symbolStrokeColor: muted,
      columnPadding: LEGEND_COLUMN_PADDING,
      labelOffset: LEGEND_LABEL_OFFSET,
      rowPadding: LEGEND_ROW_PADDING,
      padding: 0,
      // Clear of the totals printed above the tallest bar (8.5 pt text, 2 pt above the bar).
      offset: 14,
      ...LEGEND_LAYOUT,
    },
    locale: { number: numberLocale(fmt) },
  };
}

/** d3-format's locale, read off the formatter so charts and text group digits alike. */
function numberLocale(fmt: Formatter) {
  const sample = fmt.number(1234567.5); // "1,234,567.5" or "1.234.567,5"
  return {
    decimal: sample.charAt(sample.length - 2),
    thousands: sample.charAt(1),
    grouping: [3],
    currency: ['', ''] as [string, string],
  };
}

/**
 * Colours of a chart's categories and of the numbers printed on its bars. Categories take
 * the theme's series colours in order (Okabe–Ito, safe for colour-blind readers); victims
 * whose breakdown is not published are always the theme's grey.
 */
import type { Theme } from '../theme.js';
import { UNPUBLISHED } from './categoryLabels.js';
import { chartMessages as msg } from './messages.js';

export function seriesColors(chart: string, keys: readonly string[], theme: Theme): Map<string, string> {
  const series = theme.colors.series;
  const published = keys.filter((k) => k !== UNPUBLISHED);
  if (published.length > series.length) throw new Error(msg.tooManyCategories(chart, published.length, series.length));
  return new Map(keys.map((k) => [k, k === UNPUBLISHED ? theme.colors.unpublished : series[published.indexOf(k)]!]));
}

/**
 * The theme's white or text colour, whichever contrasts more (WCAG ratio) with `fill` drawn
 * at `opacity` over white paper.
 */
export function labelColorOn(fill: string, opacity: number, theme: Theme): string {
  const paper = luminance(mix(rgb(fill), rgb(theme.colors.white), opacity));
  const contrast = (c: string) => {
    const l = luminance(rgb(c));
    return (Math.max(l, paper) + 0.05) / (Math.min(l, paper) + 0.05);
  };
  return contrast(theme.colors.white) >= contrast(theme.colors.text) ? theme.colors.white : theme.colors.text;
}

type Rgb = [number, number, number];

const rgb = (hex: string): Rgb => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`charts: colour "${hex}" is not #rrggbb`);
  return [1, 2, 3].map((i) => parseInt(m[i]!, 16) / 255) as Rgb;
};

const mix = (a: Rgb, b: Rgb, t: number): Rgb => a.map((v, i) => v * t + b[i]! * (1 - t)) as Rgb;

/** Relative luminance, WCAG 2. */
const luminance = (c: Rgb) => {
  const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

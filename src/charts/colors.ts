/**
 * Colours of a chart's categories, their outlines and the numbers printed on the bars.
 * Categories take the theme's series colours in order; victims whose breakdown is not
 * published are always the theme's pale grey. Each bar is outlined in a shade of its
 * colour with at least 3:1 contrast against the paper (WCAG 1.4.11), so light bars and
 * tints keep a visible edge on screen and in greyscale print.
 */
import { contrast, hexOf, outlineFor, tint, type Color } from '../graphics/Color.js';
import type { Theme } from '../theme.js';
import { UNPUBLISHED } from './categoryLabels.js';
import { chartMessages as msg } from './messages.js';

export interface CategoryColors {
  fill: Color;
  edge: Color;
}

export function seriesColors(chart: string, keys: readonly string[], theme: Theme): Map<string, CategoryColors> {
  const series = theme.colors.series;
  const published = keys.filter((k) => k !== UNPUBLISHED);
  if (published.length > series.length) throw new Error(msg.tooManyCategories(chart, published.length, series.length));
  return new Map(
    keys.map((k) => {
      const fill = k === UNPUBLISHED ? theme.colors.unpublished : series[published.indexOf(k)]!;
      return [k, { fill, edge: outlineFor(fill, theme.colors.white) }];
    }),
  );
}

/**
 * The theme's white or text colour, whichever contrasts more (WCAG ratio) with `fill`
 * printed at `share` of its strength (a status tint).
 */
export function labelColorOn(fill: Color, share: number, theme: Theme): Color {
  const paper = share < 1 ? tint(fill, share) : fill;
  return contrast(theme.colors.white, paper) >= contrast(theme.colors.text, paper) ? theme.colors.white : theme.colors.text;
}

/** Every colour a chart can be drawn in, by the `#rrggbb` vega writes, for reading its SVG back. */
export function chartPalette(colors: Iterable<Color>): Map<string, Color> {
  const palette = new Map<string, Color>();
  for (const c of colors) palette.set(hexOf(c), c);
  return palette;
}

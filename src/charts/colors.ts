/**
 * Colours of a chart's categories, their outlines and the numbers printed on the bars.
 * Named categories take the theme's series colours in the order of `keys` (for
 * breakdowns: by total over the period, ties by key, so both languages agree); the group
 * of other categories is always the theme's dark neutral grey, and victims whose breakdown
 * is not published always its pale grey. Each bar is outlined in a shade of its
 * colour with at least 3:1 contrast against the paper (WCAG 1.4.11), so light bars and
 * tints keep a visible edge on screen and in greyscale print.
 */
import { contrast, hexOf, outlineFor, tint, type Color } from '../graphics/Color.js';
import type { HatchFill } from '../graphics/Vector.js';
import type { Theme } from '../model/Theme.js';
import { paintKey } from './ChartSpec.js';
import { OTHER, UNPUBLISHED } from './ChartData.js';

export interface CategoryColors {
  fill: Color;
  edge: Color;
}

/**
 * `keys` hold at most as many named categories as the theme has series colours (see
 * `breakdownGroups`). `pinned` gives some keys their series colour (1 = first) from
 * `publication.yaml` (validation keeps pins distinct); the other named keys take the
 * colours left, in rank order.
 */
export function seriesColors(keys: readonly string[], theme: Theme, pinned: Readonly<Record<string, number>> = {}): Map<string, CategoryColors> {
  const { series, other, unpublished } = theme.colors;
  const named = keys.filter((k) => k !== UNPUBLISHED && k !== OTHER);
  const index = new Map(named.filter((k) => pinned[k] !== undefined).map((k) => [k, pinned[k]! - 1]));
  // A pin whose key is not named in this edition holds no colour back.
  const free = series.map((_, i) => i).filter((i) => ![...index.values()].includes(i));
  for (const k of named.filter((k) => !index.has(k))) index.set(k, free.shift()!);
  return new Map(
    keys.map((k) => {
      const fill = k === UNPUBLISHED ? unpublished : k === OTHER ? other : series[index.get(k)!]!;
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

/**
 * The hatch each colour is drawn in where the template paints it at `share` of its
 * strength (inferred figures): lines of the colour over its tint, by the paint vega writes.
 * None when `share` is 1 (a template that draws every status alike).
 */
export function hatchedFills(colors: Iterable<Color>, share: number, theme: Theme): Map<string, HatchFill> {
  const hatched = new Map<string, HatchFill>();
  if (share >= 1) return hatched;
  for (const color of colors) hatched.set(paintKey(hexOf(color), share), { kind: 'hatch', color, background: tint(color, share), hatch: theme.chart.hatch });
  return hatched;
}

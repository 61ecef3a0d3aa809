import { describe, expect, it } from 'vitest';
import { NAMED_CATEGORIES } from '../src/charts/ChartData.js';
import { greyLevel } from '../src/graphics/Color.js';
import { themes } from '../src/publications/leaflet/themes.js';

describe('theme colours', () => {
  for (const [size, theme] of Object.entries(themes)) {
    const { series, other, unpublished } = theme.colors;

    it(`${size}: has a series colour for every category a breakdown chart names`, () => {
      expect(series.length).toBeGreaterThanOrEqual(NAMED_CATEGORIES);
    });

    it(`${size}: keeps the "other" group at least 20 grey levels from every series colour and the unpublished grey, in sRGB and CMYK`, () => {
      for (const space of ['rgb', 'cmyk'] as const) {
        for (const c of [...series, unpublished]) {
          expect(Math.abs(greyLevel(other, space) - greyLevel(c, space)), `${c.name} in ${space}`).toBeGreaterThanOrEqual(20);
        }
      }
    });
  }
});

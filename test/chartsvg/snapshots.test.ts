/**
 * The five charts of the leaflet's own figures, as normalized vector shapes. These are for
 * a person to review: when a template, the theme or the renderer changes a chart, the diff
 * shows how. Update deliberately with `npx vitest run test/chartsvg -u`.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/chartSpecs.js';
import { renderCharts } from '../../src/chartsvg/renderCharts.js';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import { defaultTheme } from '../../src/publications/leaflet/themes.js';
import { ROOT, env, leafletEdition } from '../charts/factory.js';
import { normalizeShapes } from './normalizeShapes.js';

const charts = renderCharts(chartSpecs(leafletEdition(), 'en', env), loadFontSet(resolve(ROOT, 'fonts')));

describe('chart snapshots (leaflet figures, English, A4 slots)', () => {
  it.each(['victims', 'exploitation', 'origin', 'assistance', 'prosecution'])('%s', async (id) => {
    const chart = (await charts).get(id)!;
    expect(`${chart.width.toFixed(1)} × ${chart.height.toFixed(1)} pt\n${normalizeShapes(chart.shapes)}`).toMatchSnapshot();
  });
});

describe('normalizeShapes', () => {
  it('rounds numbers, names colours and leaves out the identity matrix, one shape per line', () => {
    const { accent, rule, text } = defaultTheme.colors;
    const shapes = [
      { kind: 'path' as const, d: 'M0.04,1.26h3.333', matrix: [1, 0, 0, 1, 0, 0] as const, fill: { kind: 'solid' as const, color: accent }, stroke: { color: rule, width: 0.75, dash: [3, 1.25] } },
      { kind: 'text' as const, text: '2019', x: -0.01, y: 10.06, matrix: [1, 0, 0, 1, 28.44, 26] as const, font: 'regular' as const, size: 8.5, color: text },
    ];
    expect(normalizeShapes(shapes)).toBe(
      'path M0,1.3h3.3 fill=accent stroke=rule/0.8 dash=3,1.3\ntext "2019" at 0,10.1 matrix(1 0 0 1 28.4 26) regular 8.5 ink',
    );
  });
});

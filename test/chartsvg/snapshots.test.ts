/**
 * The five charts of the leaflet's own figures, as normalized SVG text. These are for a
 * person to review: when a template, the theme or the renderer changes a chart, the diff
 * shows how. Update deliberately with `npx vitest run test/chartsvg -u`.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/chartSpecs.js';
import { renderCharts } from '../../src/chartsvg/renderCharts.js';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import { ROOT, env, leafletEdition } from '../charts/factory.js';
import { normalizeSvg } from './normalizeSvg.js';

const charts = renderCharts(chartSpecs(leafletEdition(), 'en', env), loadFontSet(resolve(ROOT, 'fonts')));

describe('chart SVG snapshots (leaflet figures, English)', () => {
  it.each(['victims', 'exploitation', 'origin', 'assistance', 'prosecution'])('%s', async (id) => {
    expect(normalizeSvg((await charts).get(id)!.svg)).toMatchSnapshot();
  });
});

describe('normalizeSvg', () => {
  it('rounds numbers, renumbers ids and puts one element on a line', () => {
    const svg = '<g><clipPath id="clip7"><path d="M0.04,1.26h3.333"/></clipPath><g clip-path="url(#clip7)" x="-0.01"/></g>';
    expect(normalizeSvg(svg)).toBe(
      '<g>\n<clipPath id="id1">\n<path d="M0,1.3h3.3"/>\n</clipPath>\n<g clip-path="url(#id1)" x="0"/>\n</g>',
    );
  });
});

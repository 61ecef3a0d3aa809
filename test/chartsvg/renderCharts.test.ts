import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/chartSpecs.js';
import { chartSvgMessages } from '../../src/chartsvg/messages.js';
import { renderCharts } from '../../src/chartsvg/renderCharts.js';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import type { Lang } from '../../src/validate/Edition.js';
import { ROOT, edition, env, realTexts } from '../charts/factory.js';

const fonts = loadFontSet(resolve(ROOT, 'fonts'));
const render = (lang: Lang = 'en', ed = edition()) => renderCharts(chartSpecs(ed, lang, env), fonts);
const withText = (path: string[], value: string) => {
  const texts = structuredClone(realTexts);
  const parent = path.slice(0, -1).reduce((node: any, key) => node[key], texts.en);
  parent[path.at(-1)!] = value;
  return edition(undefined, texts);
};
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
const LEGEND_ENTRY = /<g transform="translate\(([-\d.]+),[-\d.]+\)"><path class="background"[^>]*\/><g><g class="mark-symbol role-legend-symbol"/g;
const legendEntryX = (svg: string) => [...svg.matchAll(LEGEND_ENTRY)].map((m) => Number(m[1]));
const metrics = (vega as unknown as { textMetrics: { width: unknown } }).textMetrics;

describe('renderCharts', () => {
  it('renders every chart at its template size, keeping its alt text', async () => {
    const charts = await render();
    const sizeOf = (id: string) => {
      const { width, height } = JSON.parse(readFileSync(join(ROOT, 'templates/charts', `${id}.vl.json`), 'utf8')) as { width: number; height: number };
      return [id, width, height];
    };
    expect([...charts.values()].map((c) => [c.id, c.width, c.height])).toEqual(
      ['victims', 'exploitation', 'origin', 'assistance', 'prosecution'].map(sizeOf),
    );
    expect(charts.get('victims')!.alt).toMatch(/^Stacked bar chart/);
  });

  it('writes real text: years, labels, figures and totals', async () => {
    const svg = (await render('sl')).get('victims')!.svg;
    expect(texts(svg)).toEqual(expect.arrayContaining(['2023', '2024', 'Ženske', 'Moški', 'Otroci', 'Žrtve', '21', '20', '17']));
  });

  it('names the embedded font family, quoted, on every text', async () => {
    for (const chart of (await render()).values()) {
      const families = [...chart.svg.matchAll(/<text[^>]*font-family="([^"]*)"/g)].map((m) => m[1]);
      expect(families.length).toBeGreaterThan(10);
      expect(new Set(families)).toEqual(new Set(["'Source Sans 3'"]));
    }
  });

  it('lays out legends with text widths from our font, not vega’s 0.8 × characters estimate', async () => {
    const long = 'Women recognised as victims of trafficking';
    const short = 'Women';
    const secondEntryX = async (label: string) =>
      legendEntryX((await render('en', withText(['charts', 'victims', 'women'], label))).get('victims')!.svg)[1]!;
    const shift = (await secondEntryX(long)) - (await secondEntryX(short));
    const measured = fonts.width(long, 'regular', 8.5) - fonts.width(short, 'regular', 8.5);
    expect(Math.abs(shift - measured)).toBeLessThan(1);
    expect(Math.abs(shift - 0.8 * 8.5 * (long.length - short.length))).toBeGreaterThan(20);
  });

  it('leaves vega’s own text measurer in place afterwards', async () => {
    const before = metrics.width;
    await render();
    expect(metrics.width).toBe(before);
  });

  it('gives the same SVG for the same input, whatever was rendered before', async () => {
    const all = await render();
    const again = await render();
    const alone = await renderCharts(chartSpecs(edition(), 'en', env).filter((c) => c.id === 'origin'), fonts);
    for (const [id, chart] of all) expect(again.get(id)!.svg).toBe(chart.svg);
    expect(alone.get('origin')!.svg).toBe(all.get('origin')!.svg);
  });

  it('renders calls made at the same time one after the other, as if made in turn', async () => {
    const before = metrics.width;
    const [en, sl] = await Promise.all([render('en'), render('sl')]);
    expect(metrics.width).toBe(before);
    expect(en.get('origin')!.svg).toBe((await render('en')).get('origin')!.svg);
    expect(sl.get('origin')!.svg).toBe((await render('sl')).get('origin')!.svg);
  });

  it('reports a chart whose text runs past its width', async () => {
    const wordy = withText(['charts', 'status', 'inferred'], 'Inferred by combining two public sources, not stated by any single official source');
    await expect(render('en', wordy)).rejects.toThrow(/^chartsvg: exploitation: content overflows the 235 × 170 pt chart by [\d.]+ pt at the right$/);
  });

  it('reports a template that Vega-Lite would not draw as written', async () => {
    const [victims] = chartSpecs(edition(), 'en', env);
    const spec = structuredClone(victims!.spec) as any;
    spec.encoding.shape = { field: 'label', type: 'nominal' }; // bars have no shape
    await expect(renderCharts([{ ...victims!, spec }], fonts)).rejects.toThrow(/^chartsvg: victims: .*shape/);
  });

  it('refuses text in a family that is not embedded', async () => {
    const [victims] = chartSpecs(edition(), 'en', env);
    const spec = { ...victims!.spec, config: { ...victims!.spec.config, font: 'Arial' } };
    await expect(renderCharts([{ ...victims!, spec }], fonts)).rejects.toThrow(chartSvgMessages.foreignFont('Arial'));
  });
});

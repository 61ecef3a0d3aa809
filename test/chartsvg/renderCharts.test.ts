import { resolve } from 'node:path';
import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { chartSpecs } from '../../src/charts/chartSpecs.js';
import { chartSvgMessages } from '../../src/chartsvg/messages.js';
import { renderCharts } from '../../src/chartsvg/renderCharts.js';
import { FONT_KEYS, loadFontSet } from '../../src/fonts/FontSet.js';
import type { ChartGraphic } from '../../src/chartsvg/ChartGraphic.js';
import type { VectorFill, VectorText } from '../../src/graphics/Vector.js';
import { defaultTheme } from '../../src/publications/leaflet/themes.js';
import type { Lang } from '../../src/model/Edition.js';
import { ROOT, edition, env, realTexts } from '../charts/factory.js';

const fonts = loadFontSet(resolve(ROOT, 'fonts'));
const render = (lang: Lang = 'en', ed = edition()) => renderCharts(chartSpecs(ed, lang, env), fonts);
const withText = (path: string[], value: string) => {
  const texts = structuredClone(realTexts);
  const parent = path.slice(0, -1).reduce((node: any, key) => node[key], texts.en);
  parent[path.at(-1)!] = value;
  return edition(undefined, texts);
};
const textShapes = (chart: ChartGraphic) => chart.shapes.filter((s): s is VectorText => s.kind === 'text');
const texts = (chart: ChartGraphic) => textShapes(chart).map((t) => t.text);
/** Where a text starts in the chart's box, pt: its matrix applied to its (x, y). */
const leftOf = (t: VectorText) => t.matrix[0] * t.x + t.matrix[2] * t.y + t.matrix[4];
const metrics = (vega as unknown as { textMetrics: { width: unknown } }).textMetrics;

describe('renderCharts', () => {
  it('renders every chart at exactly the size layout gave it, keeping its alt text', async () => {
    const charts = await render();
    expect([...charts.values()].map((c) => [c.id, c.width, c.height])).toEqual(
      ['victims', 'exploitation', 'origin', 'assistance', 'prosecution'].map((id) => [id, env.slots.get(id)!.width, env.slots.get(id)!.height]),
    );
    expect(charts.get('victims')!.alt).toMatch(/^Stacked bar chart/);
  });

  it('writes real text: years, labels, figures and totals', async () => {
    const victims = (await render('sl')).get('victims')!;
    expect(texts(victims)).toEqual(expect.arrayContaining(['2023', '2024', 'Ženske', 'Moški', 'Otroci', 'Žrtve', '21', '20', '17']));
  });

  it('sets every text in an embedded font at the theme’s chart size, in a theme colour', async () => {
    for (const chart of (await render()).values()) {
      const shapes = textShapes(chart);
      expect(shapes.length).toBeGreaterThan(10);
      for (const t of shapes) {
        expect(FONT_KEYS).toContain(t.font);
        expect(t.size).toBe(defaultTheme.type.chart.size);
      }
      for (const t of shapes) expect(['ink', 'muted', 'white'], t.text).toContain(t.color.name);
    }
  });

  it('draws in theme colours only, inferred figures as a hatch of theirs over their tint', async () => {
    const exploitation = (await render()).get('exploitation')!;
    const fillColours = (f: VectorFill) => (f.kind === 'solid' ? [f.color] : [f.color, f.background]);
    const names = new Set(
      exploitation.shapes.flatMap((s) => (s.kind === 'path' ? [...(s.fill ? fillColours(s.fill) : []), ...(s.stroke ? [s.stroke.color] : [])] : [s.color])).map((c) => c.name),
    );
    const themeNames = new Set([...Object.values(defaultTheme.colors).flat().map((c) => c.name)]);
    const hatches = exploitation.shapes.flatMap((s) => (s.kind === 'path' && s.fill?.kind === 'hatch' ? [s.fill] : []));
    expect(hatches.length).toBeGreaterThan(0);
    for (const h of hatches) expect(h.background.name).toBe(`tint(${h.color.name}, 0.35)`);
    for (const n of names) expect(themeNames.has(n) || /^(tint|shade)\(/.test(n), n).toBe(true);
  });

  it('lays out legends with text widths from our font, not vega’s 0.8 × characters estimate', async () => {
    const long = 'Women recognised as victims of trafficking';
    const short = 'Women';
    // The legend's second entry, "Men", starts after the first one's label.
    const secondEntryX = async (label: string) =>
      leftOf(textShapes((await render('en', withText(['charts', 'victims', 'women'], label))).get('victims')!).find((t) => t.text === 'Men')!);
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

  it('gives the same shapes for the same input, whatever was rendered before', async () => {
    const all = await render();
    const again = await render();
    const alone = await renderCharts(chartSpecs(edition(), 'en', env).filter((c) => c.id === 'origin'), fonts);
    for (const [id, chart] of all) expect(again.get(id)!.shapes).toEqual(chart.shapes);
    expect(alone.get('origin')!.shapes).toEqual(all.get('origin')!.shapes);
  });

  it('renders calls made at the same time one after the other, as if made in turn', async () => {
    const before = metrics.width;
    const [en, sl] = await Promise.all([render('en'), render('sl')]);
    expect(metrics.width).toBe(before);
    expect(en.get('origin')!.shapes).toEqual((await render('en')).get('origin')!.shapes);
    expect(sl.get('origin')!.shapes).toEqual((await render('sl')).get('origin')!.shapes);
    expect(en.get('origin')!.shapes).not.toEqual(sl.get('origin')!.shapes);
  });

  it('reports a chart whose content runs past its slot as a layout problem, never shrinking it', async () => {
    const wordy = withText(['charts', 'status', 'inferred'], 'Inferred by combining two public sources, not stated by any single official source');
    const { width, height } = env.slots.get('exploitation')!;
    const size = `${width.toFixed(1)} × ${height.toFixed(1)}`;
    await expect(render('en', wordy)).rejects.toThrow(
      new RegExp(`^layout: chart "exploitation" does not fit the ${size} pt its column gives it: its content runs [\\d.]+ pt past the right edge$`),
    );
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

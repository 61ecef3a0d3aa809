/**
 * ChartSpec[] → ChartGraphic per id: Vega-Lite compiles each spec to Vega and Vega parses
 * it (once per chart shape, parseChartSpec.ts), a headless view (renderer `none`, no canvas) lays it out
 * with text measured by our fonts at the size layout gave it, `toSVG` writes it, and the
 * SVG is parsed once into vector shapes in theme colours. The same specs and fonts always give the same shapes, so each drawing is
 * kept for the process, keyed by what it was drawn from: a rebuild in `watch`, another
 * variant or the startup snapshot's prepared build draws only charts whose spec changed.
 */
import * as vega from 'vega';
import type { ChartSpec } from '../charts/ChartSpec.js';
import type { FontSet } from '../fonts/FontSet.js';
import type { ChartGraphic } from './ChartGraphic.js';
import { parseChartSpec } from './parseChartSpec.js';
import { svgShapes } from './svgShapes.js';
import { measureWidthWith } from './measureText.js';
import { chartSvgMessages as msg } from './messages.js';
import { seedRandom, withVegaGlobals } from './vegaGlobals.js';
import { strictLogger } from './strictLogger.js';

export interface RenderOptions {
  /** Seed of vega's random numbers (jitter, sampling), the same for every chart. */
  seed?: number;
}

export async function renderCharts(specs: ChartSpec[], fonts: FontSet, options: RenderOptions = {}): Promise<Map<string, ChartGraphic>> {
  const charts = new Map<string, ChartGraphic>();
  await withVegaGlobals(measureWidthWith(fonts), async () => {
    for (const chart of specs) charts.set(chart.id, await renderChart(chart, fonts, options.seed ?? 1));
  });
  return charts;
}

type Drawing = Pick<ChartGraphic, 'width' | 'height' | 'shapes'>;

/** Drawings by font set and content key; shapes are shared and never changed after drawing. */
const drawn = new WeakMap<FontSet, Map<string, Drawing>>();

async function renderChart(chart: ChartSpec, fonts: FontSet, seed: number): Promise<ChartGraphic> {
  const key = JSON.stringify([chart.id, seed, chart.spec, [...chart.palette].map(([name, color]) => [name, color.name, color.rgb, color.cmyk]), [...chart.hatched]]);
  const byFonts = drawn.get(fonts) ?? drawn.set(fonts, new Map()).get(fonts)!;
  let drawing = byFonts.get(key);
  if (drawing === undefined) {
    drawing = await draw(chart, fonts, seed);
    byFonts.set(key, drawing);
  }
  return { id: chart.id, ...drawing, alt: chart.alt, tables: chart.tables };
}

async function draw(chart: ChartSpec, fonts: FontSet, seed: number): Promise<Drawing> {
  seedRandom(seed);
  // Clip and gradient ids count up across renders; restart them so each SVG stands alone.
  vega.resetSVGDefIds();
  const logger = strictLogger(chart.id);
  const view = new vega.View(parseChartSpec(chart.spec, logger), { renderer: 'none', logger });
  try {
    const svg = await view.toSVG();
    const size = /^<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
    if (!size) throw new Error(msg.noSize(chart.id));
    const [width, height] = [Number(size[1]), Number(size[2])];
    const asked = chart.spec as { width?: number; height?: number };
    if (Math.abs(width - (asked.width ?? width)) > SLACK || Math.abs(height - (asked.height ?? height)) > SLACK) {
      throw new Error(msg.wrongSize(chart.id, width, height, asked.width ?? 0, asked.height ?? 0));
    }
    checkFits(chart.id, view, width, height);
    return { width: asked.width ?? width, height: asked.height ?? height, shapes: svgShapes(chart.id, svg, chart.palette, fonts, chart.hatched) };
  } finally {
    view.finalize();
  }
}

/** Tolerance for anti-aliasing bounds and rounding, pt. */
const SLACK = 0.5;

/**
 * With `autosize: fit`, vega shrinks the plot to the given size but lets legends and long
 * labels run past it; such a chart would print over its neighbours (or have to be scaled
 * down), so it is reported as a layout problem naming the chart.
 */
function checkFits(id: string, view: vega.View, width: number, height: number): void {
  const [ox, oy] = view.origin();
  const b = (view.scenegraph() as unknown as { root: { bounds: { x1: number; y1: number; x2: number; y2: number } } }).root.bounds;
  const over: [string, number][] = [
    ['left', -(b.x1 + ox)],
    ['top', -(b.y1 + oy)],
    ['right', b.x2 + ox - width],
    ['bottom', b.y2 + oy - height],
  ];
  const [side, by] = over.reduce((a, c) => (c[1] > a[1] ? c : a));
  if (by > SLACK) throw new Error(msg.overflow(id, side, by, width, height));
}

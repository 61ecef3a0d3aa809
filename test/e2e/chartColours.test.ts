/**
 * Charts that survive greyscale printing and colour blindness (issue 5), checked on the
 * vector shapes layout places (what every exporter paints) and on a greyscale render of the
 * print file: series apart in grey, bars visible against the paper (WCAG 1.4.11), and
 * "inferred" told apart from "breakdown not published" by more than grey.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { contrast, greyLevel, type Color } from '../../src/graphics/Color.js';
import type { VectorPath, VectorShape } from '../../src/graphics/Vector.js';
import type { LaidOutDocument, PlacedVector } from '../../src/layout/Page.js';
import { a4Theme } from '../../src/theme.js';
import { buildVariants, layOutEdition } from '../support/buildVariants.js';
import { EDITION } from '../support/editionFixture.js';

const CHARTS = ['victims', 'exploitation', 'origin', 'assistance', 'prosecution'] as const;
const MIN_GREY_STEP = 20;
const { colors } = a4Theme;

const chartItem = (doc: LaidOutDocument, chart: string): { item: PlacedVector; page: number } => {
  for (const [page, p] of doc.pages.entries()) {
    const item = p.items.find((i): i is PlacedVector => i.kind === 'vector' && i.name === `chart "${chart}"`);
    if (item) return { item, page };
  }
  throw new Error(`no chart "${chart}" in the layout`);
};

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Bounding box of a path of straight segments (vega's bars and symbols), in the chart item's box. */
function bboxOf(path: VectorPath): Rect {
  const points: Array<[number, number]> = [];
  let [x, y] = [0, 0];
  for (const [, cmd, args] of path.d.matchAll(/([MLHVZmlhvz])([^MLHVZmlhvz]*)/g)) {
    const n = (args!.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
    const rel = cmd === cmd!.toLowerCase();
    switch (cmd!.toUpperCase()) {
      case 'M':
      case 'L':
        for (let i = 0; i < n.length; i += 2) [x, y] = rel ? [x + n[i]!, y + n[i + 1]!] : [n[i]!, n[i + 1]!];
        break;
      case 'H':
        x = rel ? x + n[0]! : n[0]!;
        break;
      case 'V':
        y = rel ? y + n[0]! : n[0]!;
        break;
    }
    points.push([x, y]);
  }
  const [a, b, c, d, e, f] = path.matrix;
  const mapped = points.map(([px, py]) => [a * px + c * py + e, b * px + d * py + f] as const);
  const xs = mapped.map((p) => p[0]);
  const ys = mapped.map((p) => p[1]);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

const filled = (shapes: VectorShape[]) => shapes.filter((s): s is VectorPath & { fill: Color } => s.kind === 'path' && s.fill !== undefined);
/** Vega draws legend symbols centred on their own origin; bars are drawn in the plot's coordinates. */
const isSwatch = (p: VectorPath) => {
  const m = /^M(-[\d.]+),(-[\d.]+)h([\d.]+)/.exec(p.d);
  return m !== null && Math.abs(Number(m[1]) * -2 - Number(m[3])) < 1e-6;
};
const bars = (shapes: VectorShape[]) =>
  filled(shapes).filter((p) => {
    if (isSwatch(p)) return false;
    const r = bboxOf(p);
    return r.x1 - r.x0 > 0 && r.y1 - r.y0 > 0; // a zero figure stacks as an empty bar: nothing is drawn
  });
const swatches = (shapes: VectorShape[]) => filled(shapes).filter(isSwatch);

const isSeries = (c: Color) => colors.series.some((s) => s.name === c.name) || c.name === colors.unpublished.name;
const visible = (p: VectorPath & { fill: Color }) => contrast(p.fill, colors.white) >= 3 || (p.stroke !== undefined && contrast(p.stroke.color, colors.white) >= 3);
const describeFill = (p: VectorPath & { fill: Color }) =>
  `${p.fill.name} (${contrast(p.fill, colors.white).toFixed(2)}:1), outline ${p.stroke ? `${p.stroke.color.name} (${contrast(p.stroke.color, colors.white).toFixed(2)}:1)` : 'none'}`;

describe('chart colours', () => {
  let a4: LaidOutDocument;
  let print: Buffer;

  beforeAll(async () => {
    [a4, print] = await Promise.all([layOutEdition('a4'), buildVariants(['a4'], ['print']).then((b) => b['a4-print']!)]);
  });

  it('lays out exactly the charts these checks cover', () => {
    const names = a4.pages.flatMap((p) => p.items.filter((i) => i.kind === 'vector' && i.name.startsWith('chart')).map((i) => (i as PlacedVector).name));
    expect(names).toEqual(CHARTS.map((c) => `chart "${c}"`));
  });

  describe.each(CHARTS)('%s', (chart) => {
    it('draws its series at least 20 grey levels apart, from sRGB and from CMYK', () => {
      const series = [...new Map(filled(chartItem(a4, chart).item.shapes).filter((p) => isSeries(p.fill)).map((p) => [p.fill.name, p.fill])).values()];
      expect(series.length).toBeGreaterThanOrEqual(2);
      for (const space of ['rgb', 'cmyk'] as const) {
        for (const [i, a] of series.entries()) {
          for (const b of series.slice(i + 1)) {
            const step = Math.abs(greyLevel(a, space) - greyLevel(b, space));
            expect(step, `${a.name} vs ${b.name} in ${space}`).toBeGreaterThanOrEqual(MIN_GREY_STEP);
          }
        }
      }
    });

    it('gives every bar 3:1 contrast to the paper, by its fill or its outline', () => {
      const drawn = bars(chartItem(a4, chart).item.shapes);
      expect(drawn.length).toBeGreaterThan(2);
      expect(drawn.filter((p) => !visible(p)).map(describeFill)).toEqual([]);
    });
  });

  // Swatches key the bars, so they need the same 3:1 as the bars (WCAG 1.4.11).
  it('gives every legend swatch 3:1 contrast to the paper, by its fill or its outline', () => {
    const faint = CHARTS.flatMap((chart) =>
      swatches(chartItem(a4, chart).item.shapes)
        .filter((p) => !visible(p))
        .map((p) => `${chart}: ${describeFill(p)}`),
    );
    expect(faint).toEqual([]);
  });

  it('renders the women and men bars of 2021 (victims, print A4) at least 20 grey levels apart', () => {
    const { item, page } = chartItem(a4, 'victims');
    const label = item.shapes.find((s) => s.kind === 'text' && s.text === '2021')!;
    const labelX = label.matrix[4] + (label as { x: number }).x + 1;
    const legendFill = (name: string) => {
      const at = item.shapes.findIndex((s) => s.kind === 'text' && s.text === name);
      return filled(item.shapes.slice(0, at)).at(-1)!.fill;
    };
    const stack = bars(item.shapes).filter((p) => {
      const r = bboxOf(p);
      return r.x0 <= labelX && labelX <= r.x1;
    });
    const barOf = (name: string) => stack.find((p) => p.fill.name === legendFill(name).name)!;
    const [women, men] = [barOf('Women'), barOf('Men')];
    expect(women).toBeDefined();
    expect(men).toBeDefined();

    const doc = new mupdf.PDFDocument(new Uint8Array(print));
    const pdfPage = doc.findPage(page);
    const trim: number[] = [];
    pdfPage.get('TrimBox').forEach((v) => trim.push(v.asNumber()));
    const media: number[] = [];
    pdfPage.get('MediaBox').forEach((v) => media.push(v.asNumber()));
    // Layout's origin is the trim's top-left corner; pixels count from the media box's top-left.
    const [offsetX, offsetY] = [trim[0]!, media[3]! - trim[3]!];
    const scale = 4; // 288 dpi: the men bar is 2.75 pt tall
    const pix = doc.loadPage(page).toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceGray, false, true);
    const pixels = pix.getPixels();
    const greyOf = (bar: VectorPath) => {
      const r = bboxOf(bar);
      // Inside the outline (half its width falls inside the bar) with a little margin.
      const inset = (bar.stroke?.width ?? 0) / 2 + 0.25;
      // The left third of the bar: value labels sit in the middle.
      const [x0, x1] = [item.x + r.x0 + inset, item.x + r.x0 + (r.x1 - r.x0) / 3];
      const [y0, y1] = [item.y + r.y0 + inset, item.y + r.y1 - inset];
      const values: number[] = [];
      for (let py = Math.ceil((y0 + offsetY) * scale); py < (y1 + offsetY) * scale; py++) {
        for (let px = Math.ceil((x0 + offsetX) * scale); px < (x1 + offsetX) * scale; px++) values.push(pixels[py * pix.getStride() + px]!);
      }
      expect(values.length, `pixels inside the ${bar.fill!.name} bar`).toBeGreaterThan(10);
      return values.sort((a, b) => a - b)[values.length >> 1]!;
    };
    const [g1, g2] = [greyOf(women), greyOf(men)];
    expect(Math.abs(g1 - g2), `women ${g1}, men ${g2}`).toBeGreaterThanOrEqual(MIN_GREY_STEP);
    expect(g1, 'the women bar is not paper').toBeLessThan(235);
    expect(g2, 'the men bar is not paper').toBeLessThan(235);
  });

  it('outlines "inferred" bars dashed and "breakdown not published" bars solid (exploitation)', () => {
    const drawn = bars(chartItem(a4, 'exploitation').item.shapes);
    const unpublished = drawn.filter((p) => p.fill.name === colors.unpublished.name);
    const dashed = drawn.filter((p) => p.stroke?.dash !== undefined);
    const inferredRows = readFileSync(join(EDITION, 'exploitation.csv'), 'utf8').split('\n').filter((l) => /,inferred\s*$/.test(l) && !/,0,inferred/.test(l));
    expect(unpublished.length).toBeGreaterThan(0);
    for (const p of unpublished) {
      expect(p.stroke, 'not published: outlined').toBeDefined();
      expect(p.stroke!.dash, 'not published: solid outline').toBeUndefined();
    }
    expect(dashed.length, 'one dashed bar per inferred figure').toBe(inferredRows.length);
    for (const p of dashed) expect(p.fill.name).not.toBe(colors.unpublished.name);
  });
});

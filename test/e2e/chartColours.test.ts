/**
 * Charts that survive greyscale printing and colour blindness (issue 5), checked on the
 * vector shapes layout places (what every exporter paints) and on a greyscale render of the
 * print file: series apart in grey, bars visible against the paper (WCAG 1.4.11), every
 * two fills of a chart apart in grey or by pattern, and "inferred" told apart from
 * "breakdown not published" by more than grey.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { contrast, greyLevel, type Color } from '../../src/graphics/Color.js';
import type { VectorFill, VectorPath, VectorShape } from '../../src/graphics/Vector.js';
import type { LaidOutDocument, PlacedVector } from '../../src/layout/Page.js';
import { type PageSize } from '../../src/model/Theme.js';
import { a4Theme } from '../../src/publications/leaflet/themes.js';
import type { Lang } from '../../src/model/Edition.js';
import { buildVariants, layOutEdition } from '../support/buildVariants.js';
import { EDITION } from '../support/editionFixture.js';
import { EXTREME_EDITIONS } from '../support/extremeEditions.js';
import { fixtureEdition } from '../support/syntheticEdition.js';

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

type Filled = VectorPath & { fill: VectorFill };
const filled = (shapes: VectorShape[]) => shapes.filter((s): s is Filled => s.kind === 'path' && s.fill !== undefined);
const solid = (shapes: VectorShape[]) => filled(shapes).filter((p): p is VectorPath & { fill: { kind: 'solid'; color: Color } } => p.fill.kind === 'solid');
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
/** A hatch is seen by its lines, drawn in the colour at full strength. */
const visible = (p: Filled) => contrast(p.fill.color, colors.white) >= 3 || (p.stroke !== undefined && contrast(p.stroke.color, colors.white) >= 3);
const fillName = (f: VectorFill) => (f.kind === 'solid' ? f.color.name : `hatch(${f.color.name} on ${f.background.name})`);
const describeFill = (p: Filled) =>
  `${fillName(p.fill)} (${contrast(p.fill.color, colors.white).toFixed(2)}:1), outline ${p.stroke ? `${p.stroke.color.name} (${contrast(p.stroke.color, colors.white).toFixed(2)}:1)` : 'none'}`;

/**
 * The grey a fill prints as (see `greyLevel`: poppler's `pdftoppm -gray` conversions; for
 * CMYK 1 − min(1, K + 0.3 C + 0.59 M + 0.11 Y)). A hatch by its lines, which carry the
 * colour at full strength over a tint of it.
 */
const greyOf = (f: VectorFill, space: 'rgb' | 'cmyk') => greyLevel(f.color, space);

/**
 * Pairs of a chart's fills (bars and legend swatches) that greyscale printing would not
 * tell apart: the same kind of fill (solid, or the same hatch) less than 20 grey levels apart.
 */
export function greyClashes(shapes: VectorShape[], space: 'rgb' | 'cmyk'): string[] {
  const fills = [...new Map(filled(shapes).map((p) => [fillName(p.fill), p.fill])).values()];
  const clashes: string[] = [];
  for (const [i, a] of fills.entries()) {
    for (const b of fills.slice(i + 1)) {
      const byPattern = a.kind !== b.kind || (a.kind === 'hatch' && b.kind === 'hatch' && JSON.stringify(a.hatch) !== JSON.stringify(b.hatch));
      const step = Math.abs(greyOf(a, space) - greyOf(b, space));
      if (!byPattern && step < MIN_GREY_STEP) clashes.push(`${fillName(a)} vs ${fillName(b)}: ${step.toFixed(1)} grey levels in ${space}`);
    }
  }
  return clashes;
}

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
      const series = [...new Map(solid(chartItem(a4, chart).item.shapes).filter((p) => isSeries(p.fill.color)).map((p) => [p.fill.color.name, p.fill.color])).values()];
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
      return solid(item.shapes.slice(0, at)).at(-1)!.fill.color;
    };
    const stack = bars(item.shapes).filter((p) => {
      const r = bboxOf(p);
      return r.x0 <= labelX && labelX <= r.x1;
    });
    const barOf = (name: string) => stack.find((p) => p.fill.kind === 'solid' && p.fill.color.name === legendFill(name).name)!;
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
      expect(values.length, `pixels inside the ${fillName(bar.fill!)} bar`).toBeGreaterThan(10);
      return values.sort((a, b) => a - b)[values.length >> 1]!;
    };
    const [g1, g2] = [greyOf(women), greyOf(men)];
    expect(Math.abs(g1 - g2), `women ${g1}, men ${g2}`).toBeGreaterThanOrEqual(MIN_GREY_STEP);
    expect(g1, 'the women bar is not paper').toBeLessThan(235);
    expect(g2, 'the men bar is not paper').toBeLessThan(235);
  });

  it('hatches "inferred" bars, outlined dashed, and fills "breakdown not published" bars solid pale grey (exploitation)', () => {
    const drawn = bars(chartItem(a4, 'exploitation').item.shapes);
    const unpublished = drawn.filter((p) => p.fill.kind === 'solid' && p.fill.color.name === colors.unpublished.name);
    const dashed = drawn.filter((p) => p.stroke?.dash !== undefined);
    const hatched = drawn.filter((p) => p.fill.kind === 'hatch');
    const inferredRows = readFileSync(join(EDITION, 'exploitation.csv'), 'utf8').split('\n').filter((l) => /,inferred\s*$/.test(l) && !/,0,inferred/.test(l));
    expect(unpublished.length).toBeGreaterThan(0);
    for (const p of unpublished) {
      expect(p.stroke, 'not published: outlined').toBeDefined();
      expect(p.stroke!.dash, 'not published: solid outline').toBeUndefined();
    }
    expect(dashed.length, 'one dashed bar per inferred figure').toBe(inferredRows.length);
    expect(hatched, 'the dashed bars are the hatched ones').toEqual(dashed);
    for (const p of hatched) expect(p.fill.color.name).not.toBe(colors.unpublished.name);
  });

  it('keys the hatch in the status legend: a hatched swatch beside the "inferred" label', () => {
    const { item } = chartItem(a4, 'exploitation');
    const at = item.shapes.findIndex((s) => s.kind === 'text' && s.text === 'Inferred figure');
    expect(at).toBeGreaterThan(0);
    const swatch = filled(item.shapes.slice(0, at)).filter(isSwatch).at(-1)!;
    expect(swatch.fill).toMatchObject({ kind: 'hatch', color: { name: colors.series[0]!.name } });
  });
});

/** The charts of the real edition and of the extreme editions, as layout places them. */
const EDITIONS: { name: string; dir: () => string; builds: [Lang, PageSize][] }[] = [
  { name: 'real edition', dir: () => EDITION, builds: [['en', 'a4'], ['sl', 'a5']] },
  ...EXTREME_EDITIONS.map((e) => ({ name: e.name, dir: () => fixtureEdition(e.name), builds: e.builds })),
];

describe.each(EDITIONS)('fills of every chart, $name', ({ dir, builds }) => {
  it.each(builds)('%s %s: every two differ by 20 grey levels or by pattern, in the screen (sRGB) and print (CMYK) values', async (lang, size) => {
    const laidOut = await layOutEdition(size, lang, dir());
    const charts = laidOut.pages.flatMap((p) => p.items.filter((i): i is PlacedVector => i.kind === 'vector' && i.name.startsWith('chart')));
    expect(charts.length).toBe(CHARTS.length);
    const clashes = charts.flatMap((c) => (['rgb', 'cmyk'] as const).flatMap((space) => greyClashes(c.shapes, space).map((m) => `${c.name}: ${m}`)));
    expect(clashes).toEqual([]);
  });
});

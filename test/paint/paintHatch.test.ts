/**
 * Hatch fills (inferred figures) painted as one PDF tiling pattern: an uncoloured pattern
 * given its colour in the output's own space, over a solid tint, inside the chart's
 * Figure, with no transparency anywhere.
 */
import * as mupdf from 'mupdf';
import { describe, expect, it } from 'vitest';
import { tint } from '../../src/graphics/Color.js';
import type { VectorShape } from '../../src/graphics/Vector.js';
import type { PlacedItem } from '../../src/layout/Page.js';
import { printOutput, screenOutput, type Output } from '../../src/paint/Output.js';
import { paintDocument } from '../../src/paint/paintDocument.js';
import { parseOps, type Op } from '../support/contentStream.js';
import { colors, sampleDocument, sampleEnv } from './sampleDocument.js';

const hatch = { lineWidth: 0.8, spacing: 2.4 };
const SHAPES: VectorShape[] = [
  { kind: 'path', d: 'M0,20h30v40h-30Z', matrix: [1, 0, 0, 1, 0, 0], fill: { kind: 'hatch', color: colors.bar, background: tint(colors.bar, 0.35), hatch } },
  { kind: 'path', d: 'M40,20h30v40h-30Z', matrix: [1, 0, 0, 1, 0, 0], fill: { kind: 'hatch', color: colors.band, background: tint(colors.band, 0.35), hatch }, stroke: { color: colors.band, width: 1 } },
];

async function painted(output: Output) {
  const doc = sampleDocument();
  doc.pages[1]!.items = doc.pages[1]!.items.map((i): PlacedItem => (i.kind === 'vector' ? { ...i, shapes: SHAPES } : i));
  const pdf = new mupdf.PDFDocument(new Uint8Array(await paintDocument(doc, sampleEnv({}, output))));
  const page = pdf.findPage(1); // the chart is on page 2
  const contents = page.get('Contents');
  const streams: mupdf.PDFObject[] = contents.isArray() ? [] : [contents];
  if (contents.isArray()) contents.forEach((s) => streams.push(s));
  const text = streams.map((s) => Buffer.from(s.readStream().asUint8Array()).toString('latin1')).join('\n');
  return { page, ops: parseOps(text) };
}

/** The operators between the Figure's BDC and its EMC (the chart's marked content). */
function figureOps(ops: Op[]): Op[] {
  const start = ops.findIndex((o) => o.op === 'BDC' && (o.args[0] as { name: string }).name === 'Figure');
  const end = ops.findIndex((o, i) => i > start && o.op === 'EMC');
  return ops.slice(start + 1, end);
}

describe.each([
  ['screen', screenOutput, 'DeviceRGB', colors.bar.rgb.map((v) => v / 255)],
  ['print', printOutput(3), 'DeviceCMYK', colors.bar.cmyk.map((v) => v / 100)],
] as const)('hatch fills, %s', (_, output, space, barInk) => {
  it('defines one uncoloured tiling pattern for every hatch of the page, over the output’s colour space only', async () => {
    const { page } = await painted(output);
    const patterns: mupdf.PDFObject[] = [];
    page.get('Resources').get('Pattern').forEach((p) => patterns.push(p.resolve()));
    expect(patterns).toHaveLength(1);
    expect([patterns[0]!.get('PatternType').asNumber(), patterns[0]!.get('PaintType').asNumber()]).toEqual([1, 2]);
    const spaces: string[] = [];
    page.get('Resources').get('ColorSpace').forEach((cs) => {
      const o = cs.resolve();
      if (o.isArray() && o.get(0).asName() === 'Pattern') spaces.push(o.get(1).asName());
    });
    expect(spaces).toEqual([space]);
  });

  it('paints each hatched bar as its tint, then the pattern in the bar’s colour, inside the Figure', async () => {
    const ops = figureOps((await painted(output)).ops);
    const patternFills = ops.flatMap((o, i) => (o.op === 'scn' && o.args.some((a) => typeof a === 'object' && a !== null && 'name' in a) ? [i] : []));
    expect(patternFills).toHaveLength(2);
    const first = ops[patternFills[0]!]!;
    expect(first.args.slice(0, -1).map((v) => Number((v as number).toFixed(3)))).toEqual(barInk.map((v) => Number(v.toFixed(3))));
    // Before the pattern: the same path filled solid (the tint).
    const before = ops.slice(0, patternFills[0]!).map((o) => o.op);
    expect(before.filter((op) => op === 'f')).toHaveLength(1);
  });

  it('uses no transparency: no soft mask, no alpha below 1', async () => {
    const { page } = await painted(output);
    const states: string[] = [];
    page.get('Resources').get('ExtGState').forEach((gs, name) => {
      const g = gs.resolve();
      for (const key of ['ca', 'CA']) if (g.get(key).isNumber() && g.get(key).asNumber() < 1) states.push(`${name} ${key}`);
      if (!g.get('SMask').isNull() && g.get('SMask').asName?.() !== 'None') states.push(`${name} SMask`);
    });
    expect(states).toEqual([]);
  });
});

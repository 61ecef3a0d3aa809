/**
 * The last layer: what the pages look like. Reference images are for a person to review;
 * after an intended visual change, regenerate them with
 *
 *   UPDATE_REFERENCES=1 npx vitest run test/paint/paintedPages.test.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderPdfPages } from '../../scripts/lib/renderPdfPages.js';
import { paintDocument } from '../../src/paint/paintDocument.js';
import { imageDiff } from '../support/imageDiff.js';
import { hexOf } from '../../src/graphics/Color.js';
import { CHART_ALT, CHART_SHAPES, chartItem, colors, laidOut, node, sampleDocument, sampleEnv } from './sampleDocument.js';

const REFERENCES = new URL('./reference/', import.meta.url).pathname;

/** `#rrggbb` of the pixel at (x, y), px. */
function colourAt(png: Uint8Array, x: number, y: number): string {
  const { data, width } = PNG.sync.read(Buffer.from(png));
  const i = (y * width + x) * 4;
  return '#' + [data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('');
}

describe('painted pages', () => {
  it('look like the reviewed reference images', async () => {
    const pngs = await renderPdfPages(await paintDocument(sampleDocument(), sampleEnv()));
    mkdirSync(REFERENCES, { recursive: true });
    pngs.forEach((png, i) => {
      const file = `${REFERENCES}sample-page-${i + 1}.png`;
      if (process.env.UPDATE_REFERENCES) writeFileSync(file, png);
      expect(existsSync(file), `${file} is missing; see the command above`).toBe(true);
      expect(imageDiff(png, readFileSync(file)), file).toBeLessThan(0.002);
    });
  });

  it('fill rects and chart shapes with their colours where layout put them (1 px = 1 pt)', async () => {
    const [page1, page2] = await renderPdfPages(await paintDocument(sampleDocument(), sampleEnv()));
    expect(colourAt(page1, 150, 5)).toBe(hexOf(colors.band));
    expect(colourAt(page1, 150, 45)).toBe('#ffffff');
    // The chart sits at (160, 60); its bar spans x 0–30, y 20–60 of the chart's box.
    expect(colourAt(page2, 175, 100)).toBe(hexOf(colors.bar));
    expect(colourAt(page2, 195, 100)).toBe('#ffffff');
  });

  it('draw each vector shape under its own matrix, within the item’s box', async () => {
    // The shapes doubled: the bar now spans x 0–60, y 40–120 of the box at (0, 0).
    const shapes = CHART_SHAPES.map((s) => ({ ...s, matrix: [2, 0, 0, 2, 0, 0] as const }));
    const doc = laidOut(node('0', 'Document', [node('0.0', 'Figure', [], { alt: CHART_ALT })]), {
      width: 240,
      height: 120,
      items: [chartItem('0.0', { x: 0, y: 0, w: 240, h: 120, shapes })],
    });
    const [page] = await renderPdfPages(await paintDocument(doc, sampleEnv()));
    expect(colourAt(page, 50, 100)).toBe(hexOf(colors.bar));
    expect(colourAt(page, 50, 30)).toBe('#ffffff');
    expect(colourAt(page, 70, 100)).toBe('#ffffff');
  });
});

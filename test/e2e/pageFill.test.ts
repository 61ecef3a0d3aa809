/**
 * Layout's account of each page (how far down its area the content reaches) checked
 * against what prints: the pages of the real edition and of the extreme ones are rendered,
 * and the lowest inked row of each page's area is found in the image. Both must agree,
 * and the pages the policy judges must meet it as rendered, not only as planned.
 */
import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { renderPdfPages } from '../../src/cli/renderPdfPages.js';
import { pageFrame } from '../../src/layout/flow/PageFrame.js';
import { leastFill } from '../../src/layout/PagePolicy.js';
import { pagePolicies } from '../../src/publications/leaflet/pagePolicies.js';
import { buildPublication, type BuiltPdf } from '../../src/pipeline.js';
import { type PageSize } from '../../src/model/Theme.js';
import { themes } from '../../src/publications/leaflet/themes.js';
import type { Lang } from '../../src/model/Edition.js';
import { buildEnv } from '../support/buildDefault.js';
import { EDITION } from '../support/editionFixture.js';
import { fixtureEdition } from '../support/syntheticEdition.js';

const DPI = 50;
/** Agreement between plan and print: a line's box reaches below its ink by part of its leading. */
const TOLERANCE = 0.03;

/** The real edition and the extreme ones: 1, 2, 6, 10 and 15 years; 0, 3, 5, 14 and 40 countries. */
const EDITIONS: [name: string, dir: () => string, Lang][] = [
  ['real', () => EDITION, 'sl'],
  ['large-2010-2024', () => fixtureEdition('large-2010-2024'), 'en'],
  ['mid-2016-2025', () => fixtureEdition('mid-2016-2025'), 'sl'],
  ['two-2023-2024', () => fixtureEdition('two-2023-2024'), 'en'],
  ['one-2025', () => fixtureEdition('one-2025'), 'sl'],
];

/** Lowest inked row of the page area as a share of it (0 when nothing is inked), from a PNG at `DPI`. */
function inkedFill(png: Uint8Array, size: PageSize): number {
  const img = PNG.sync.read(Buffer.from(png));
  const frame = pageFrame(themes[size]);
  const px = (pt: number) => Math.round((pt * DPI) / 72);
  const [top, bottom, left, right] = [px(frame.top), px(frame.bottom), px(frame.left), px(frame.left + frame.textWidth)];
  let lowest = top;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const i = (y * img.width + x) * 4;
      if (0.299 * img.data[i]! + 0.587 * img.data[i + 1]! + 0.114 * img.data[i + 2]! < 200) {
        lowest = y + 1;
        break;
      }
    }
  }
  return (lowest - top) / (bottom - top);
}

describe('page fill as printed', async () => {
  for (const [name, dir, lang] of EDITIONS) {
    const built: BuiltPdf[] = await buildPublication(dir(), { langs: [lang], sizes: ['a4', 'a5'] }, buildEnv);
    for (const b of built) {
      const fills = (await renderPdfPages(b.pdf, DPI)).map((png) => inkedFill(png, b.size));
      const report = b.composition.pages;
      it(`${name} ${lang} ${b.size}: layout's account of each page agrees with the rendered page`, () => {
        expect(fills).toHaveLength(report.length);
        report.forEach((page, i) => {
          if (!page.back) expect(Math.abs(fills[i]! - page.fill), `page ${i + 1}: rendered ${fills[i]!.toFixed(3)}, planned ${page.fill.toFixed(3)}`).toBeLessThanOrEqual(TOLERANCE);
        });
      });
      it(`${name} ${lang} ${b.size}: as rendered, meets the page policy`, () => {
        const policy = pagePolicies[b.size];
        const n = fills.length;
        expect(n % policy.pageMultiple).toBe(0);
        fills.forEach((fill, i) => {
          const need = leastFill(policy, i, n);
          expect(fill, `page ${i + 1} of ${n}`).toBeGreaterThanOrEqual(need - TOLERANCE);
        });
      });
    }
  }
});

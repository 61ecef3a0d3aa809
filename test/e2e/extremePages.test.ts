/**
 * Pages of the largest and smallest editions (see test/support/extremeEditions.ts)
 * compared with reviewed reference images, with the same tolerance as the real edition's.
 * After an intended change to the look: `npm run refresh-references`, view, commit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPdfPages } from '../../src/cli/renderPdfPages.js';
import { REFERENCE_DPI } from '../support/buildDefault.js';
import { buildExtreme, EXTREME_EDITIONS, extremeReferencePath } from '../support/extremeEditions.js';
import { imageDiff } from '../support/imageDiff.js';

const TOLERANCE = 0.001;

describe('pages of the extreme editions', async () => {
  for (const { name, builds } of EXTREME_EDITIONS) {
    for (const [lang, size] of builds) {
      const pages = await renderPdfPages(await buildExtreme(name, lang, size), REFERENCE_DPI);
      it(`${name} ${lang} ${size}: as many pages as the references`, () => {
        expect(existsSync(extremeReferencePath(name, lang, size, pages.length)), 'reference for the last page (run npm run refresh-references)').toBe(true);
        expect(existsSync(extremeReferencePath(name, lang, size, pages.length + 1)), 'no reference beyond the last page').toBe(false);
      });
      pages.forEach((png, i) => {
        it(`${name} ${lang} ${size}: page ${i + 1} looks like its reference`, () => {
          expect(imageDiff(png, readFileSync(extremeReferencePath(name, lang, size, i + 1)))).toBeLessThanOrEqual(TOLERANCE);
        });
      });
    }
  }
});

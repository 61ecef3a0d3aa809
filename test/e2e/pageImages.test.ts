/**
 * The last layer: every page rendered (mupdf) and compared with the reviewed reference
 * images in test/e2e/reference/, with a tolerance for anti-aliasing. After an intended
 * change to the look: `npm run refresh-references`, view the images, commit them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPdfPages } from '../../scripts/lib/renderPdfPages.js';
import { build, REFERENCE_DPI, referencePath } from '../support/buildDefault.js';
import { imageDiff } from '../support/imageDiff.js';

/** At most this fraction of a page's pixels may differ: rendering noise passes, a moved block or restyled text does not. Figures are checked as text elsewhere. */
const TOLERANCE = 0.001;

describe('page images', async () => {
  const built = await build();
  for (const { lang, pdf } of built) {
    const pages = await renderPdfPages(pdf, REFERENCE_DPI);
    it(`${lang}: as many pages as the references`, () => {
      expect(existsSync(referencePath(lang, pages.length)), 'reference for the last page (run npm run refresh-references)').toBe(true);
      expect(existsSync(referencePath(lang, pages.length + 1)), 'no reference beyond the last page').toBe(false);
    });
    pages.forEach((png, i) => {
      it(`${lang}: page ${i + 1} looks like its reference`, () => {
        const reference = readFileSync(referencePath(lang, i + 1));
        expect(imageDiff(png, reference)).toBeLessThanOrEqual(TOLERANCE);
      });
    });
  }
});

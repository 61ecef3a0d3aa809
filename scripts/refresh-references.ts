/**
 * Rewrites the reference page images the end-to-end test compares against:
 * `npm run refresh-references`. Run it after an intended change to the look, then view
 * the PNGs in test/e2e/reference/ and commit them with the change.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, REFERENCE_DIR, REFERENCE_DPI, referencePath } from '../test/support/buildDefault.js';
import { renderPdfPages } from './lib/renderPdfPages.js';

mkdirSync(REFERENCE_DIR, { recursive: true });
for (const file of readdirSync(REFERENCE_DIR)) if (file.endsWith('.png')) rmSync(join(REFERENCE_DIR, file));
for (const { lang, pdf } of await build()) {
  const pages = renderPdfPages(pdf, REFERENCE_DPI);
  pages.forEach((png, i) => writeFileSync(referencePath(lang, i + 1), png));
  console.log(`${lang}: ${pages.length} reference pages written`);
}

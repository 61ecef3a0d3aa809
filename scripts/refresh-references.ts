/**
 * Rewrites the reference page images the end-to-end test compares against:
 * `npm run refresh-references`. Run it after an intended change to the look, then view
 * the PNGs in test/e2e/reference/ (the frozen edition, test/fixtures/edition-2019-2024,
 * never the live one in data/) and its large-2010-2024/ and small-2024/ folders (the
 * extreme editions), and commit them with the change.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, REFERENCE_DIR, REFERENCE_DPI, referencePath } from '../test/support/buildDefault.js';
import { buildExtreme, EXTREME_EDITIONS, extremeReferenceDir, extremeReferencePath } from '../test/support/extremeEditions.js';
import { renderPdfPages } from './lib/renderPdfPages.js';

mkdirSync(REFERENCE_DIR, { recursive: true });
for (const file of readdirSync(REFERENCE_DIR)) if (file.endsWith('.png')) rmSync(join(REFERENCE_DIR, file));
for (const { lang, pdf } of await build()) {
  const pages = await renderPdfPages(pdf, REFERENCE_DPI);
  pages.forEach((png, i) => writeFileSync(referencePath(lang, i + 1), png));
  console.log(`${lang}: ${pages.length} reference pages written`);
}

for (const { name, builds } of EXTREME_EDITIONS) {
  rmSync(extremeReferenceDir(name), { recursive: true, force: true });
  mkdirSync(extremeReferenceDir(name), { recursive: true });
  for (const [lang, size] of builds) {
    const pages = await renderPdfPages(await buildExtreme(name, lang, size), REFERENCE_DPI);
    pages.forEach((png, i) => writeFileSync(extremeReferencePath(name, lang, size, i + 1), png));
    console.log(`${name} ${lang} ${size}: ${pages.length} reference pages written`);
  }
}

/**
 * Renders each page of a PDF to PNG, for looking at a build or refreshing reference images.
 *
 *   npx tsx scripts/render-pages.ts file.pdf outdir [--dpi 72]
 *
 * Writes outdir/page-1.png, page-2.png, …
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderPdfPages } from './lib/renderPdfPages.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { dpi: { type: 'string', default: '72' } },
});
const [file, outdir] = positionals;
const dpi = Number(values.dpi);
if (!file || !outdir || positionals.length > 2 || !(dpi > 0)) {
  console.error('usage: npx tsx scripts/render-pages.ts file.pdf outdir [--dpi 72]');
  process.exit(2);
}
mkdirSync(outdir, { recursive: true });
const pngs = await renderPdfPages(new Uint8Array(readFileSync(file)), dpi);
pngs.forEach((png, i) => writeFileSync(join(outdir, `page-${i + 1}.png`), png));
console.log(`${pngs.length} page(s) written to ${outdir}`);

/**
 * Measures build time and PDF size of each edition: `npm run bench [-- --runs N]`.
 * Runs the pipeline in one process (fonts loaded once, as the CLI does per run) and
 * prints min / median / max per language. The first run includes module warm-up (JIT,
 * vega's parser), so it is reported separately.
 */
import { join, resolve } from 'node:path';
import { loadFontSet } from '../src/fonts/FontSet.js';
import { buildPublication } from '../src/pipeline.js';
import { themes } from '../src/theme.js';

const ROOT = resolve(import.meta.dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

const started = performance.now();
const fonts = loadFontSet(join(ROOT, 'fonts'));
const env = { fonts, themes, templatesDir: join(ROOT, 'templates') };
const fontsMs = performance.now() - started;

const times = new Map<string, number[]>();
let first = 0;
const sizes = new Map<string, { bytes: number; pages: number }>();
for (let i = 0; i <= runs; i++) {
  for (const lang of ['sl', 'en'] as const) {
    const t0 = performance.now();
    const [built] = await buildPublication(join(ROOT, 'data/thb-slovenia-2019-2024'), { langs: [lang] }, env);
    const ms = performance.now() - t0;
    if (i === 0) first += ms;
    else times.set(lang, [...(times.get(lang) ?? []), ms]);
    sizes.set(lang, { bytes: built!.pdf.length, pages: built!.pages });
  }
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(`fonts loaded in ${fmt(fontsMs)}; first (cold) build of both editions ${fmt(first)}; ${runs} warm runs each:`);
for (const [lang, list] of times) {
  const sorted = [...list].sort((a, b) => a - b);
  const { bytes, pages } = sizes.get(lang)!;
  console.log(
    `${lang}: ${pages} pages, ${(bytes / 1024).toFixed(1)} KB; min ${fmt(sorted[0]!)}, median ${fmt(sorted[Math.floor(sorted.length / 2)]!)}, max ${fmt(sorted.at(-1)!)}`,
  );
}

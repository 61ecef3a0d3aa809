/**
 * Measures build time and PDF size of each edition: `npm run bench [-- --runs N]`.
 * Runs the pipeline in one process (fonts loaded once, as the CLI does per run) and
 * prints min / median / max per edition (language × size × variant), each built alone. The first run includes module warm-up (JIT,
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

/** Every edition the CLI can build, one per language × size × variant. */
const editions = (['sl', 'en'] as const).flatMap((lang) =>
  (['a4', 'a5'] as const).flatMap((size) => (['screen', 'print', 'archive'] as const).map((variant) => ({ lang, size, variant }))),
);
const nameOf = (e: (typeof editions)[number]) => `${e.lang} ${e.size} ${e.variant}`;

const times = new Map<string, number[]>();
let first = 0;
const sizes = new Map<string, { bytes: number; pages: number }>();
for (let i = 0; i <= runs; i++) {
  for (const e of editions) {
    const t0 = performance.now();
    const [built] = await buildPublication(join(ROOT, 'data/thb-slovenia-2019-2024'), { langs: [e.lang], sizes: [e.size], variants: [e.variant] }, env);
    const ms = performance.now() - t0;
    if (i === 0) first += ms;
    else times.set(nameOf(e), [...(times.get(nameOf(e)) ?? []), ms]);
    sizes.set(nameOf(e), { bytes: built!.pdf.length, pages: built!.pages });
  }
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
console.log(`fonts loaded in ${fmt(fontsMs)}; first (cold) build of all ${editions.length} editions ${fmt(first)}; ${runs} warm runs each:`);
for (const [name, list] of times) {
  const sorted = [...list].sort((a, b) => a - b);
  const { bytes, pages } = sizes.get(name)!;
  console.log(
    `${name.padEnd(15)} ${pages} pages, ${(bytes / 1024).toFixed(1)} KB; min ${fmt(sorted[0]!)}, median ${fmt(sorted[Math.floor(sorted.length / 2)]!)}, max ${fmt(sorted.at(-1)!)}`,
  );
}

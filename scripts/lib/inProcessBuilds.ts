/**
 * Builds the same editions `1 + runs` times in this process with `buildPublication` and
 * prints the stage times of each build as one JSON line (`InProcessResult`). The benchmark
 * (scripts/bench.ts) starts it in a fresh process for each set of editions, so that the
 * first build really is the process's first: code not yet optimised, the font shaping and
 * hyphenation caches empty. Fonts are parsed before the first build and timed apart.
 *
 *   node --import tsx scripts/lib/inProcessBuilds.ts --lang en --size a4 --variant screen --runs 10
 */
import { parseArgs } from 'node:util';
import { buildEnv, defaultEdition, listOf, parseLangs } from '../../src/cli/environment.js';
import { VARIANTS } from '../../src/paint/Output.js';
import { buildPublication, noTimes, type BuildOptions, type StageTimes } from '../../src/pipeline.js';
import { PAGE_SIZES } from '../../src/publications/leaflet/themes.js';

export interface InProcessBuild {
  /** The whole `buildPublication` call, ms. */
  ms: number;
  /** Its stages, ms. */
  stages: StageTimes;
}

export interface InProcessResult {
  /** Reading and parsing the fonts (`buildEnv()`), before the first build, ms. */
  fontsMs: number;
  /** The first build, then the later ones. */
  builds: InProcessBuild[];
  /** The PDFs of the last build. */
  pdfs: { fileName: string; pages: number; bytes: number }[];
}

function buildOptions(): { options: BuildOptions; runs: number } {
  const { values } = parseArgs({
    options: {
      lang: { type: 'string', default: 'sl,en' },
      size: { type: 'string', default: 'a4' },
      variant: { type: 'string', default: 'screen' },
      runs: { type: 'string', default: '10' },
    },
  });
  const options = {
    langs: parseLangs(values.lang),
    sizes: listOf(PAGE_SIZES, 'page size')(values.size),
    variants: listOf(VARIANTS, 'variant')(values.variant),
  };
  return { options, runs: Number(values.runs) };
}

async function timedBuild(options: BuildOptions, env: ReturnType<typeof buildEnv>) {
  const times = noTimes();
  const started = performance.now();
  const pdfs = await buildPublication(defaultEdition(), options, { ...env, times });
  return { build: { ms: performance.now() - started, stages: times }, pdfs };
}

async function main(): Promise<void> {
  const { options, runs } = buildOptions();
  const started = performance.now();
  const env = buildEnv();
  const fontsMs = performance.now() - started;
  const builds: InProcessBuild[] = [];
  let last: Awaited<ReturnType<typeof timedBuild>>['pdfs'] = [];
  for (let i = 0; i <= runs; i++) {
    const { build, pdfs } = await timedBuild(options, env);
    builds.push(build);
    last = pdfs;
  }
  const pdfs = last.map((p) => ({ fileName: p.fileName, pages: p.pages, bytes: p.pdf.length }));
  const result: InProcessResult = { fontsMs, builds, pdfs };
  console.log(JSON.stringify(result));
}

await main();

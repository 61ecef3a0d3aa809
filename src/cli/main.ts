/**
 * The command line: the only place that touches process, the console and output files.
 *
 *   factsheet build [--edition DIR] [--lang sl,en] [--out DIR]
 *                   [--variant screen,print] [--size a4,a5] [--bleed MM] [--output-intent FILE.icc]
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { loadFontSet } from '../fonts/FontSet.js';
import { VARIANTS, type Variant } from '../paint/Output.js';
import { iccProblem } from '../paint/pdfx.js';
import { buildPublication } from '../pipeline.js';
import { PAGE_SIZES, themes, type PageSize } from '../theme.js';
import type { Lang } from '../validate/Edition.js';
import { describeError } from './describeError.js';
import { writeAtomically } from './writeAtomically.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LANGS: readonly Lang[] = ['sl', 'en'];

/** A comma-separated list of values from `allowed`, each named in the error if it is not. */
function listOf<T extends string>(allowed: readonly T[], what: string) {
  return (value: string): T[] => {
    const items = value.split(',').map((l) => l.trim());
    for (const l of items) {
      if (!allowed.includes(l as T)) throw new InvalidArgumentError(`"${l}" is not a ${what} (${allowed.join(', ')}).`);
    }
    return items as T[];
  };
}

function parseBleed(value: string): number {
  const mm = Number(value);
  if (!Number.isFinite(mm) || mm < 0 || mm > 20) throw new InvalidArgumentError(`"${value}" is not a bleed in mm (0 to 20).`);
  return mm;
}

function readProfile(value: string): { profile: Buffer; name: string } {
  let profile: Buffer;
  try {
    profile = readFileSync(value);
  } catch {
    throw new InvalidArgumentError(`${value}: cannot read this file.`);
  }
  const problem = iccProblem(profile);
  if (problem) throw new InvalidArgumentError(`${value} ${problem}.`);
  return { profile, name: basename(value).replace(/\.ic[cm]$/i, '') };
}

interface BuildFlags {
  edition: string;
  lang?: Lang[];
  out: string;
  variant: Variant[];
  size: PageSize[];
  bleed: number;
  outputIntent?: { profile: Buffer; name: string };
}

const program = new Command('factsheet').description('Turns data files into print-grade, tagged PDF fact sheets.');

program
  .command('build')
  .description('build the PDF of each language, page size and variant of an edition')
  .option('--edition <dir>', 'edition folder (CSV figures, text.<lang>.yaml, publication.yaml)', join(ROOT, 'data/thb-slovenia-2019-2024'))
  .option('--lang <list>', 'languages to build, comma-separated (default: all of the publication)', listOf(LANGS, 'language'))
  .option('--out <dir>', 'folder for the PDFs', join(ROOT, 'output'))
  .option('--variant <list>', `variants, comma-separated: ${VARIANTS.join(', ')}`, listOf(VARIANTS, 'variant'), ['screen'])
  .option('--size <list>', `page sizes, comma-separated: ${PAGE_SIZES.join(', ')}`, listOf(PAGE_SIZES, 'page size'), ['a4'])
  .option('--bleed <mm>', 'bleed of the print variant, mm', parseBleed, 3)
  .option('--output-intent <file>', "the print shop's CMYK ICC profile: print files become PDF/X-4", readProfile)
  .action(async (opts: BuildFlags) => {
    try {
      const fonts = loadFontSet(join(ROOT, 'fonts'));
      const built = await buildPublication(
        resolve(opts.edition),
        { langs: opts.lang, variants: opts.variant, sizes: opts.size, bleedMm: opts.bleed, outputIntent: opts.outputIntent },
        { fonts, themes, templatesDir: join(ROOT, 'templates') },
      );
      // Written only once every file has built, so a failure replaces no good PDF.
      for (const { fileName, pdf, pages, ms } of built) {
        const path = join(resolve(opts.out), fileName);
        writeAtomically(path, pdf);
        const size = `${(pdf.length / 1024).toFixed(0)} KB`;
        console.log(`${relative(process.cwd(), path) || path}  ${pages} pages  ${size}  ${(ms / 1000).toFixed(2)} s`);
      }
    } catch (error) {
      console.error(describeError(error));
      process.exitCode = 1;
    }
  });

await program.parseAsync(process.argv);

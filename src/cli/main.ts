/**
 * The command line: the only place that touches process, the console and output files.
 *
 *   factsheet build [--edition DIR] [--lang sl,en] [--out DIR]
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, InvalidArgumentError } from 'commander';
import { loadFontSet } from '../fonts/FontSet.js';
import { buildPublication } from '../pipeline.js';
import { defaultTheme } from '../theme.js';
import type { Lang } from '../validate/Edition.js';
import { describeError } from './describeError.js';
import { writeAtomically } from './writeAtomically.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LANGS: readonly Lang[] = ['sl', 'en'];

function parseLangs(value: string): Lang[] {
  const langs = value.split(',').map((l) => l.trim());
  for (const l of langs) {
    if (!LANGS.includes(l as Lang)) throw new InvalidArgumentError(`"${l}" is not a language (${LANGS.join(', ')}).`);
  }
  return langs as Lang[];
}

const program = new Command('factsheet').description('Turns data files into print-grade, tagged PDF fact sheets.');

program
  .command('build')
  .description('build the PDF of each language of an edition')
  .option('--edition <dir>', 'edition folder (CSV figures, text.<lang>.yaml, publication.yaml)', join(ROOT, 'data/thb-slovenia-2019-2024'))
  .option('--lang <list>', 'languages to build, comma-separated (default: all of the publication)', parseLangs)
  .option('--out <dir>', 'folder for the PDFs', join(ROOT, 'output'))
  .action(async (opts: { edition: string; lang?: Lang[]; out: string }) => {
    try {
      const fonts = loadFontSet(join(ROOT, 'fonts'));
      const built = await buildPublication(resolve(opts.edition), opts.lang, {
        fonts,
        theme: defaultTheme,
        templatesDir: join(ROOT, 'templates'),
      });
      // Written only once every language has built, so a failure replaces no good PDF.
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

/**
 * `factsheet build`: checks and builds every language in memory, then writes all PDFs as
 * one transaction, so a failure anywhere replaces no good PDF. `--final` refuses
 * provisional figures.
 */
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { buildPublication, noTimes, policyWarnings, STAGES } from '../../pipeline.js';
import type { Lang } from '../../validate/Edition.js';
import { VARIANTS, type Variant } from '../../paint/Output.js';
import { PAGE_SIZES, type PageSize } from '../../theme.js';
import { defaultEdition, defaultOut, buildEnv, listOf, parseBleed, parseLangs, readProfile } from '../environment.js';
import { cliMessages as msg } from '../messages.js';
import { probeOutputDir } from '../probeOutputDir.js';
import { writeAll } from '../writeAll.js';
import { pauseBeforeRenames } from '../pauseBeforeRenames.js';
import { withSignalsHeld } from '../withSignalsHeld.js';
import { editionFolder } from '../editionFolder.js';
import { run } from '../run.js';

interface BuildFlags {
  edition: string;
  lang?: Lang[];
  out: string;
  final?: boolean;
  variant: Variant[];
  size: PageSize[];
  bleed: number;
  outputIntent?: { profile: Buffer; name: string };
  /** Unset: the archive variant carries the data, the others not. */
  attachData?: boolean;
  times?: boolean;
}

export function buildCommand(program: Command): void {
  program
    .command('build')
    .description('check the edition, then build the PDF of each language and write them all or none')
    .option('--edition <dir>', 'edition folder (CSV figures, text.<lang>.yaml, publication.yaml)', defaultEdition())
    .option('--lang <list>', 'languages to build, comma-separated (default: all of the publication)', parseLangs)
    .option('--out <dir>', 'folder for the PDFs', defaultOut())
    .option('--final', 'refuse to build while any figure is inferred or unpublished')
    .option('--variant <list>', `variants, comma-separated: ${VARIANTS.join(', ')}`, listOf(VARIANTS, 'variant'), ['screen'])
    .option('--size <list>', `page sizes, comma-separated: ${PAGE_SIZES.join(', ')}`, listOf(PAGE_SIZES, 'page size'), ['a4'])
    .option('--bleed <mm>', 'bleed of the print variant, mm', parseBleed, 3)
    .option('--output-intent <file>', "the print shop's CMYK ICC profile: print files become PDF/X-4", readProfile)
    .option('--attach-data', "embed the edition's CSV files in screen and archive files (default: archive only)")
    .option('--no-attach-data', "embed no data files, not even in archive files")
    .option('--times', 'print the time each stage took, and the whole run from process start')
    .action((opts: BuildFlags) =>
      run(true, async () => {
        const edition = editionFolder(opts.edition);
        const out = resolve(opts.out);
        const times = opts.times ? noTimes() : undefined;
        // The output folder is probed while the build runs; nothing is written before both end.
        const [, built] = await Promise.all([
          probeOutputDir(out),
          buildPublication(
            edition,
            { final: opts.final, langs: opts.lang, variants: opts.variant, sizes: opts.size, bleedMm: opts.bleed, outputIntent: opts.outputIntent, attachData: opts.attachData },
            { ...buildEnv(), times },
          ),
        ]);
        let write = 0;
        // The files written are listed even when a signal waits for the transaction's end.
        await withSignalsHeld(() => {
          const writing = performance.now();
          writeAll(built.map((b) => ({ path: join(out, b.fileName), bytes: b.pdf })), pauseBeforeRenames());
          write = performance.now() - writing;
          for (const { fileName, pdf, pages, ms } of built) {
            const path = join(out, fileName);
            console.log(msg.written(relative(process.cwd(), path) || path, pages, Math.round(pdf.length / 1024), ms / 1000));
          }
          for (const warning of policyWarnings(built)) console.error(warning);
        });
        // From process start (performance.now()'s origin): startup included, exit not.
        if (times) console.log(msg.times([...STAGES.map((s) => [s, times[s]] as const), ['write', write], ['since start', performance.now()]], process.resourceUsage().maxRSS / 1024, startedFrom()));
      }),
    );
}

/** Whether bin/factsheet.cjs started this process from the startup snapshot or from the bundle (or tsx). */
function startedFrom(): string {
  return process.execArgv.includes('--snapshot-blob') ? 'snapshot' : 'no snapshot';
}

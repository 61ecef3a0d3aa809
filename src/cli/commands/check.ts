/**
 * `factsheet check`: every check `build` runs (data, texts, fonts, layout), by building
 * each language in memory and discarding the bytes. Writes nothing.
 */
import type { Command } from 'commander';
import { buildPublication, policyWarnings } from '../../pipeline.js';
import { PAGE_SIZES } from '../../theme.js';
import { defaultEdition, buildEnv } from '../environment.js';
import { cliMessages as msg } from '../messages.js';
import { editionFolder } from '../editionFolder.js';
import { run } from '../run.js';

export function checkCommand(program: Command): void {
  program
    .command('check')
    .description('run every check on an edition (data, texts, fonts, layout) and write nothing')
    .option('--edition <dir>', 'edition folder', defaultEdition())
    .action((opts: { edition: string }) =>
      run(false, async () => {
        // Both page sizes: a text that fits A4 may not fit A5's narrower columns.
        const built = await buildPublication(editionFolder(opts.edition), { sizes: PAGE_SIZES }, buildEnv());
        for (const warning of policyWarnings(built)) console.error(warning);
        console.log(msg.checked(opts.edition, built));
      }),
    );
}

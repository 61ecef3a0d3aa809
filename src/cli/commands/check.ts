/**
 * `factsheet check`: every check `build` runs (data, texts, fonts, layout), by building
 * every publication of the edition in each language and page size (and on its office
 * sheet, where it has one) in memory and discarding the bytes. Writes nothing.
 */
import type { Command } from 'commander';
import { buildPublication, policyWarnings } from '../../pipeline.js';
import { PUBLICATIONS } from '../../publications/index.js';
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
        // Every page size: a text that fits A4 may not fit A5's narrower columns. Every
        // publication: they share the texts and contacts.
        const edition = editionFolder(opts.edition);
        const built = [];
        // The office sheet too, where there is one: its note must fit its margin.
        for (const publication of PUBLICATIONS) {
          const variants = [publication.variants[0]!, ...(publication.sheet ? (['sheet'] as const) : [])];
          built.push(...(await buildPublication(edition, { sizes: Object.keys(publication.themes), variants }, buildEnv(publication))));
        }
        for (const warning of policyWarnings(built)) console.error(warning);
        console.log(msg.checked(opts.edition, built));
      }),
    );
}

/**
 * The command line: the only place that touches process, the console and output files.
 *
 *   factsheet build  [--edition DIR] [--lang sl,en] [--out DIR] [--final]
 *   factsheet check  [--edition DIR]
 *   factsheet new    --from DIR --years 2020-2025 [--out DIR]
 *   factsheet schema [--out DIR]
 *   factsheet watch  [--edition DIR] [--out DIR]
 */
import { Command } from 'commander';
import { buildCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { newCommand } from './commands/new.js';
import { schemaCommand } from './commands/schema.js';
import { watchCommand } from './commands/watch.js';

/** Runs one command line, `argv` as in `process.argv`. */
export async function main(argv: readonly string[]): Promise<void> {
  const program = new Command('factsheet').description('Turns data files into print-grade, tagged PDF fact sheets.');
  buildCommand(program);
  checkCommand(program);
  newCommand(program);
  schemaCommand(program);
  watchCommand(program);
  await program.parseAsync(argv);
}

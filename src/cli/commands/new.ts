/**
 * `factsheet new --from DIR --years 2020-2025`: the next edition's folder. Copies the
 * texts and publication.yaml, keeps the CSV rows of the years that stay and adds an empty
 * row for each new year. Never writes into an existing folder that has files.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { InputError, type Problem } from '../../model/Problem.js';
import { PUBLICATIONS } from '../../publications/index.js';
import { readFileText } from '../../read/readFileText.js';
import { BOUNDS } from '../../validate/bounds.js';
import { CommandError } from '../CommandError.js';
import { schemasDir } from '../environment.js';
import { cliMessages as msg } from '../messages.js';
import { nextTable, parseYears } from '../nextTable.js';
import { editionFolder } from '../editionFolder.js';
import { run } from '../run.js';

interface NewOptions {
  from: string;
  years: number[];
  out?: string;
}

export function newCommand(program: Command): void {
  program
    .command('new')
    .description("make the next edition's folder from an edition: texts copied, rows of the staying years kept, empty rows for new years")
    .requiredOption('--from <dir>', 'the edition to start from')
    .requiredOption('--years <from-to>', 'the new edition’s years, e.g. 2020-2025', (v) => parseYears(v) ?? fail(msg.badYears(v, BOUNDS.years)))
    .option('--out <dir>', 'the new edition folder (default: beside --from, named with the new years)')
    .action((opts: NewOptions) =>
      run(false, () => {
        const from = editionFolder(opts.from, '--from');
        const out = resolve(opts.out ?? defaultOut(from, opts.years));
        if (existsSync(out) && readdirSync(out).length > 0) throw new CommandError(msg.outNotEmpty(out));
        // Every file is read as `build` reads it (bounded, UTF-8 only) before anything is
        // written: a link to /dev/zero or a 2 GB export is named, not read for ever.
        const problems: Problem[] = [];
        const read = (path: string) => readFileText(path, problems)?.text ?? '';
        const texts = readdirSync(from).filter((file) => file.endsWith('.yaml')).map((file) => [file, read(join(from, file))] as const);
        // The tables of every publication (they share the folder), each once.
        const files = [...new Map(PUBLICATIONS.flatMap((p) => p.tables).map((t) => [t.name, t])).values()];
        const tables = files.filter(({ name }) => existsSync(join(from, `${name}.csv`))).map((table) => [table, read(join(from, `${table.name}.csv`))] as const);
        if (problems.length > 0) throw new InputError(problems);
        mkdirSync(out, { recursive: true });
        for (const [file, text] of texts) writeFileSync(join(out, file), withSchemaFrom(out, text));
        // The years told are those of the first table every edition has.
        let years: { kept: number[]; added: number[] } | undefined;
        for (const [table, text] of tables) {
          const next = nextTable(text, opts.years, !table.optional);
          writeFileSync(join(out, `${table.name}.csv`), next.text);
          if (!table.optional) years ??= next;
        }
        years ??= { kept: [], added: [...opts.years] };
        console.log(msg.newEdition(out, years.kept, years.added));
      }),
    );
}

function fail(message: string): never {
  throw new InvalidArgumentError(message);
}

/** `…/thb-slovenia-2019-2024` → `…/thb-slovenia-2020-2025`. */
function defaultOut(from: string, years: number[]): string {
  const range = `${years[0]}-${years[years.length - 1]}`;
  const name = basename(from);
  return join(dirname(from), /\d{4}-\d{4}$/.test(name) ? name.replace(/\d{4}-\d{4}$/, range) : `${name}-${range}`);
}

/** The file's `$schema=` first line pointing to this repository's schemas from the new folder. */
function withSchemaFrom(out: string, text: string): string {
  return text.replace(/^(# yaml-language-server: \$schema=)(.*)$/m, (_, head: string, path: string) => `${head}${relative(out, join(schemasDir(), basename(path)))}`);
}

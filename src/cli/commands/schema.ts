/** `factsheet schema`: writes the JSON Schemas of the YAML files (see validate/jsonSchemas.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { PUBLICATIONS } from '../../publications/index.js';
import { JSON_SCHEMA_FILES, jsonSchemaText } from '../../validate/jsonSchemas.js';
import { schemasDir } from '../environment.js';
import { cliMessages as msg } from '../messages.js';
import { run } from '../run.js';

export function schemaCommand(program: Command): void {
  program
    .command('schema')
    .description('write the JSON Schemas of text.<lang>.yaml and publication.yaml, generated from the validator')
    .option('--out <dir>', 'folder for the schema files', schemasDir())
    .action((opts: { out: string }) =>
      run(false, () => {
        const out = resolve(opts.out);
        mkdirSync(out, { recursive: true });
        for (const name of JSON_SCHEMA_FILES) {
          writeFileSync(join(out, name), jsonSchemaText(name, PUBLICATIONS));
          console.log(msg.schemaWritten(join(out, name)));
        }
      }),
    );
}

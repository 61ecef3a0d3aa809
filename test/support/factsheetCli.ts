import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './editionFixture.js';

/** The command as a user runs it: bin/factsheet, compiled (dist/, made by `npm ci` and before `npm test`). */
export const FACTSHEET_BIN = join(ROOT, 'bin/factsheet');

/** Runs the command line as a user does; `env` adds variables. About a second each. */
export function factsheet(...args: string[]) {
  return factsheetWith({}, ...args);
}

export function factsheetWith(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(FACTSHEET_BIN, args, { encoding: 'utf8', cwd: ROOT, env: { ...process.env, ...env } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

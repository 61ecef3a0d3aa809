import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './editionFixture.js';

/** Runs the command line as a user does (bin/factsheet.js through node); about a second each. */
export function factsheet(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/factsheet.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

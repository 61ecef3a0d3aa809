import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './editionFixture.js';

/**
 * The command as a user runs it: the launcher bin/factsheet.cjs, started through its
 * `#!/usr/bin/env node` line as npm's link is on POSIX systems, and the compiled command
 * line it starts (dist/, made by `npm ci` and before `npm test`).
 */
export const FACTSHEET_BIN = join(ROOT, 'bin/factsheet.cjs');

/** Runs the command line as a user does; `env` adds variables. About a second each. */
export function factsheet(...args: string[]) {
  return factsheetWith({}, ...args);
}

export function factsheetWith(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(FACTSHEET_BIN, args, { encoding: 'utf8', cwd: ROOT, env: { ...process.env, ...env } });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

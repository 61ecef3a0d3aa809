import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CommandError } from './CommandError.js';
import { cliMessages as msg } from './messages.js';

/** The `--edition` (or `--from`) argument as an absolute folder path; a file or nothing there is a one-line error. */
export function editionFolder(path: string, option = '--edition'): string {
  const dir = resolve(path);
  if (!existsSync(dir)) throw new CommandError(msg.editionMissing(option, dir));
  if (!statSync(dir).isDirectory()) throw new CommandError(msg.editionIsFile(option, dir));
  return dir;
}

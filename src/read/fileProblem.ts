import { lstatSync, statSync } from 'node:fs';
import { readMessages as msg } from './messages.js';

/**
 * Why the path cannot be read as an edition's data file, before a byte of it is read:
 * a folder, a link that leads nowhere, a device or pipe (reading /dev/zero or a FIFO
 * never ends), or a file larger than `maxBytes`. `missing` when nothing is there, not
 * even a link; undefined for an ordinary file within the bound.
 */
export function fileProblem(path: string, maxBytes: number): string | 'missing' | undefined {
  if (lstatSync(path, { throwIfNoEntry: false }) === undefined) return 'missing';
  let stats;
  try {
    stats = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') return msg.linkLoop();
    if (code === 'ENOENT') return msg.linkToNothing();
    return msg.unreadable(code ?? String(e));
  }
  if (stats.isDirectory()) return msg.isFolder();
  if (!stats.isFile()) return msg.notOrdinaryFile();
  if (stats.size > maxBytes) return msg.tooLarge(stats.size, maxBytes);
  return undefined;
}

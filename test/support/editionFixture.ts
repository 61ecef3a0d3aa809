import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EDITION = join(ROOT, 'data/thb-slovenia-2019-2024');

/**
 * A private copy of the real edition with some files edited: each edit gets the file's
 * text and returns the new text. Tests change one cell and watch what follows.
 */
export function editionWith(edits: Record<string, (text: string) => string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-edition-'));
  cpSync(EDITION, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
  }
  return dir;
}

/** Replaces one CSV line (1-based) of a file's text. */
export const setLine = (line: number, value: string) => (text: string) => {
  const lines = text.split('\n');
  lines[line - 1] = value;
  return lines.join('\n');
};

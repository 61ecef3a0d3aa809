import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The edition the tests build: a frozen copy of the 2019–2024 leaflet's data and texts
 * (`npm run freeze-edition` copies it again, deliberately), so that the office's next
 * change in `data/` does not fail the tests. The live edition is checked by
 * `factsheet check` in CI.
 */
export const EDITION = join(ROOT, 'test/fixtures/edition-2019-2024');
/** The live edition in `data/`, the command line's default: tests may use it but not pin its figures, names or pages. */
export const LIVE_EDITION = join(ROOT, 'data/thb-slovenia-2019-2024');

/** An edit of one file: its text in, the new text (or raw bytes, for encodings) out; `null` deletes the file. */
export type FileEdit = (text: string) => string | Uint8Array | null;

/**
 * A private copy of the frozen edition with some files edited: each edit gets the file's
 * text and returns the new text. Tests change one cell and watch what follows.
 */
export function editionWith(edits: Record<string, FileEdit> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'factsheet-edition-'));
  cpSync(EDITION, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const edited = edit(text);
    if (edited === null) rmSync(path);
    else writeFileSync(path, edited);
  }
  return dir;
}

/** Replaces one CSV line (1-based) of a file's text. */
export const setLine = (line: number, value: string) => (text: string) => {
  const lines = text.split('\n');
  lines[line - 1] = value;
  return lines.join('\n');
};

/** Deletes one CSV line (1-based) of a file's text. */
export const deleteLine = (line: number) => (text: string) => {
  const lines = text.split('\n');
  lines.splice(line - 1, 1);
  return lines.join('\n');
};

/** The text encoded as UTF-16 little-endian, with or without a byte-order mark. */
export const utf16 = (bom: boolean) => (text: string) => Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);

/** The text with č š ž Č Š Ž (and ASCII) as Windows-1250 bytes; other characters become '?'. */
export const windows1250 = (text: string) => {
  const map: Record<string, number> = { č: 0xe8, š: 0x9a, ž: 0x9e, Č: 0xc8, Š: 0x8a, Ž: 0x8e };
  return Uint8Array.from([...text].map((c) => map[c] ?? (c.charCodeAt(0) < 128 ? c.charCodeAt(0) : 0x3f)));
};

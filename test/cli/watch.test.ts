/**
 * `factsheet watch` as a user runs it: on a private copy of the edition, a saved cell
 * rebuilds the PDFs and previews; a broken cell prints its problem and leaves the last
 * good files byte for byte. Every wait is bounded; the process is always stopped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliMessages as msg } from '../../src/cli/messages.js';
import { ROOT, editionWith } from '../support/editionFixture.js';
import { FACTSHEET_BIN } from '../support/factsheetCli.js';

const PDF = 'thb-slovenia-2019-2024-en.pdf';
const WAIT_MS = 60_000;

let child: ChildProcess;
let output = '';
const edition = editionWith({ 'publication.yaml': (t) => t.replace('[sl, en]', '[en]'), 'text.sl.yaml': () => null });
const out = mkdtempSync(join(tmpdir(), 'factsheet-watch-out-'));

/** Resolves when the output so far (from `from` on) matches, or fails after WAIT_MS. */
function waitFor(pattern: RegExp, from: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const seen = output.slice(from);
      if (pattern.test(seen)) {
        clearInterval(poll);
        resolve(seen);
      } else if (Date.now() - started > WAIT_MS || child.exitCode !== null) {
        clearInterval(poll);
        reject(new Error(`no ${pattern} within ${WAIT_MS} ms; output:\n${output}`));
      }
    }, 100);
  });
}

const setCell = (file: string, from: string, to: string) => {
  const path = join(edition, file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};

beforeAll(async () => {
  child = spawn(FACTSHEET_BIN, ['watch', '--edition', edition, '--out', out], { cwd: ROOT });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await waitFor(/watching /, 0);
}, WAIT_MS + 5_000);

afterAll(() => {
  child?.kill('SIGKILL');
});

describe('factsheet watch', () => {
  it('builds at start: the PDF and a preview of each of its pages', () => {
    expect(existsSync(join(out, PDF))).toBe(true);
    const previews = readdirSync(join(out, 'previews')).filter((f) => f.startsWith('thb-slovenia-2019-2024-en-page-'));
    expect(previews.length).toBeGreaterThanOrEqual(4);
    expect(readFileSync(join(out, 'previews', previews[0]!)).subarray(1, 4).toString()).toBe('PNG');
  });

  it('rebuilds when a cell is saved', async () => {
    const before = readFileSync(join(out, PDF));
    const from = output.length;
    setCell('assistance.csv', '2019,4,2,6', '2019,5,2,6');
    await waitFor(/previews\s+\d+ page previews/, from);
    expect(readFileSync(join(out, PDF)).equals(before)).toBe(false);
  }, WAIT_MS + 5_000);

  it('prints the problem of a broken cell and keeps the last good PDF and previews', async () => {
    const pdf = readFileSync(join(out, PDF));
    const preview = readFileSync(join(out, 'previews', 'thb-slovenia-2019-2024-en-page-1.png'));
    const from = output.length;
    setCell('assistance.csv', '2019,5,2,6', '2019,five,2,6');
    const seen = await waitFor(new RegExp(msg.keptLastGood().replace(/[.;]/g, '.')), from);
    expect(seen).toContain('assistance.csv:2: crisis_accommodation: "five" is not a whole number of people');
    expect(readFileSync(join(out, PDF)).equals(pdf)).toBe(true);
    expect(readFileSync(join(out, 'previews', 'thb-slovenia-2019-2024-en-page-1.png')).equals(preview)).toBe(true);
  }, WAIT_MS + 5_000);
});

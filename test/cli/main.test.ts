/**
 * The command line as a user runs it: one summary line per PDF, clear messages and a
 * non-zero exit for bad input, and a previous good PDF never replaced by a failed build.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITION, editionWith, setLine } from '../support/editionFixture.js';
import { factsheet } from '../support/factsheetCli.js';


describe('factsheet build', () => {
  it('writes one PDF per language and a summary line for each', () => {
    const out = mkdtempSync(join(tmpdir(), 'factsheet-out-'));
    const run = factsheet('build', '--edition', EDITION, '--lang', 'en', '--out', out);
    expect(run.code).toBe(0);
    expect(run.out.trim().split('\n')).toEqual([expect.stringMatching(/thb-slovenia-2019-2024-en\.pdf {2}\d+ pages {2}\d+ KB {2}[\d.]+ s$/)]);
    expect(readdirSync(out)).toEqual(['thb-slovenia-2019-2024-en.pdf']);
    expect(readFileSync(join(out, 'thb-slovenia-2019-2024-en.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('with no --edition builds the live edition in data/ (as npm start does), in both languages', () => {
    // The live edition changes every year: its names and page counts are not pinned here.
    const out = mkdtempSync(join(tmpdir(), 'factsheet-out-'));
    const run = factsheet('build', '--out', out);
    expect(run.code, run.err).toBe(0);
    const lines = run.out.trim().split('\n');
    const names = lines.map((line) => /^(\S+\.pdf) {2}\d+ pages {2}\d+ KB {2}[\d.]+ s$/.exec(line.replace(/^.*\//, ''))?.[1]);
    expect(names).toEqual([expect.stringMatching(/^[a-z0-9-]+-\d{4}-\d{4}-sl\.pdf$/), expect.stringMatching(/^[a-z0-9-]+-\d{4}-\d{4}-en\.pdf$/)]);
    expect(readdirSync(out).sort()).toEqual([...names].sort());
    for (const name of names) expect(readFileSync(join(out, name!)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('names file, line and column of bad input, exits 1 and leaves the previous PDF untouched', () => {
    const out = mkdtempSync(join(tmpdir(), 'factsheet-out-'));
    const previous = join(out, 'thb-slovenia-2019-2024-en.pdf');
    writeFileSync(previous, 'previous good PDF');
    const edition = editionWith({ 'victims.csv': setLine(4, '2021,39,one,0') });
    const run = factsheet('build', '--edition', edition, '--out', out);
    expect(run.code).toBe(1);
    expect(run.err).toContain('the edition has 1 problem; no PDF was written.');
    expect(run.err).toContain(`${edition}/victims.csv:4: men: "one" is not a whole number of people (0 or more)`);
    expect(run.out).toBe('');
    expect(readFileSync(previous, 'utf8')).toBe('previous good PDF');
    expect(readdirSync(out)).toEqual(['thb-slovenia-2019-2024-en.pdf']);
  });

  it('refuses an unknown language before building anything', () => {
    const run = factsheet('build', '--lang', 'de');
    expect(run.code).not.toBe(0);
    expect(run.err).toContain('"de" is not a language (sl, en).');
  });

  it('explains its options', () => {
    const run = factsheet('build', '--help');
    expect(run.code).toBe(0);
    for (const option of ['--edition <dir>', '--lang <list>', '--out <dir>', '--final', '--variant <list>', '--size <list>', '--bleed <mm>', '--output-intent <file>', '--attach-data', '--no-attach-data']) expect(run.out).toContain(option);
    expect(run.out).toMatch(/variants, comma-separated: screen, print, archive/);
  });

  it('writes the archive edition next to the others, with its data unless --no-attach-data', () => {
    const out = mkdtempSync(join(tmpdir(), 'factsheet-out-'));
    const run = factsheet('build', '--edition', EDITION, '--lang', 'en', '--variant', 'screen,archive', '--size', 'a4,a5', '--out', out);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      'thb-slovenia-2019-2024-en-a5-archive.pdf',
      'thb-slovenia-2019-2024-en-a5.pdf',
      'thb-slovenia-2019-2024-en-archive.pdf',
      'thb-slovenia-2019-2024-en.pdf',
    ]);
    const carries = (dir: string, file: string) => readFileSync(join(dir, file)).includes('/EmbeddedFiles');
    expect(carries(out, 'thb-slovenia-2019-2024-en-archive.pdf')).toBe(true);
    expect(carries(out, 'thb-slovenia-2019-2024-en-a5-archive.pdf')).toBe(true);
    expect(carries(out, 'thb-slovenia-2019-2024-en.pdf')).toBe(false);
    const bare = mkdtempSync(join(tmpdir(), 'factsheet-out-'));
    expect(factsheet('build', '--edition', EDITION, '--lang', 'en', '--variant', 'archive', '--no-attach-data', '--out', bare).code).toBe(0);
    expect(carries(bare, 'thb-slovenia-2019-2024-en-archive.pdf')).toBe(false);
    const screen = mkdtempSync(join(tmpdir(), 'factsheet-out-'));
    expect(factsheet('build', '--edition', EDITION, '--lang', 'en', '--attach-data', '--out', screen).code).toBe(0);
    expect(carries(screen, 'thb-slovenia-2019-2024-en.pdf')).toBe(true);
  });
});

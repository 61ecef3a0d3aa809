/**
 * The command line as a user runs it: one summary line per PDF, clear messages and a
 * non-zero exit for bad input, and a previous good PDF never replaced by a failed build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, editionWith, setLine } from '../support/editionFixture.js';

function factsheet(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/factsheet.js'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('factsheet build', () => {
  it('writes one PDF per language and a summary line for each', () => {
    const out = mkdtempSync(join(tmpdir(), 'factsheet-out-'));
    const run = factsheet('build', '--lang', 'en', '--out', out);
    expect(run.code).toBe(0);
    expect(run.out.trim().split('\n')).toEqual([expect.stringMatching(/thb-slovenia-2019-2024-en\.pdf {2}\d+ pages {2}\d+ KB {2}[\d.]+ s$/)]);
    expect(readdirSync(out)).toEqual(['thb-slovenia-2019-2024-en.pdf']);
    expect(readFileSync(join(out, 'thb-slovenia-2019-2024-en.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
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

  it('builds the page sizes and variants asked for, under names that say which', () => {
    const out = mkdtempSync(join(tmpdir(), 'factsheet-out-'));
    const run = factsheet('build', '--lang', 'en', '--size', 'a4,a5', '--variant', 'screen,print', '--bleed', '5', '--out', out);
    expect(run.code, run.err).toBe(0);
    const files = ['thb-slovenia-2019-2024-en.pdf', 'thb-slovenia-2019-2024-en-print.pdf', 'thb-slovenia-2019-2024-en-a5.pdf', 'thb-slovenia-2019-2024-en-a5-print.pdf'];
    expect(readdirSync(out).sort()).toEqual([...files].sort());
    expect(run.out.trim().split('\n')).toHaveLength(4);
  });

  it.each([
    [['--size', 'a3'], '"a3" is not a page size (a4, a5).'],
    [['--bleed', '30'], '"30" is not a bleed in mm (0 to 20).'],
    [['--output-intent', '/nonexistent/profile.icc'], '/nonexistent/profile.icc: cannot read this file.'],
  ])('refuses %j before building anything', (args, message) => {
    const out = mkdtempSync(join(tmpdir(), 'factsheet-out-'));
    const run = factsheet('build', '--out', out, ...args);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain(message);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses an output intent that is not a CMYK printer profile', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'factsheet-icc-')), 'not-a-profile.icc');
    writeFileSync(file, 'x'.repeat(200));
    const run = factsheet('build', '--output-intent', file);
    expect(run.code).not.toBe(0);
    expect(run.err).toContain(`${file} is not an ICC profile (no "acsp" signature).`);
  });

  it('explains its options', () => {
    const run = factsheet('build', '--help');
    expect(run.code).toBe(0);
    for (const option of ['--edition <dir>', '--lang <list>', '--out <dir>', '--variant <list>', '--size <list>', '--bleed <mm>', '--output-intent <file>']) {
      expect(run.out).toContain(option);
    }
  });
});

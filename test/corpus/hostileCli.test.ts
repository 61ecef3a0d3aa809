/**
 * A representative set of the hostile-input corpus through the command line, as a user
 * meets it: exit 1, the count of problems and exactly the lines the in-process run
 * expects, no internal error, and the previous PDFs in --out untouched.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/cli/messages.js';
import { readMessages } from '../../src/read/messages.js';
import { factsheet } from '../support/factsheetCli.js';
import { HOSTILE, hostileEdition } from './hostile.js';

const PICKED: Record<string, number> = {
  'a YAML alias bomb in a text file': 1,
  'a publication.yaml nested thousands of lists deep': 1,
  'a CSV file larger than any edition’s': 1,
  'thousands of years pasted into victims.csv': 1,
  'a figure beyond what a JS number holds': 1,
  'thousands of rows that are not years': 3000,
  'a right-to-left override in a text': 1,
  'a symbolic link loop': 1,
  'a link to /dev/zero, which never ends': 1,
  'an Excel workbook saved under a CSV name': 1,
};

describe('hostile input through the command line', () => {
  it('new: a --from edition with a link to /dev/zero is named, and no folder is made', () => {
    const from = hostileEdition(HOSTILE.find((k) => k.name === 'a link to /dev/zero, which never ends')!);
    const out = join(mkdtempSync(join(tmpdir(), 'factsheet-new-')), 'next');
    const run = factsheet('new', '--from', from, '--years', '2020-2025', '--out', out);
    expect(run.code).toBe(1);
    expect(run.err.split('\n').filter(Boolean)).toEqual([cliMessages.inputProblems(1, false), `${from}/victims.csv: ${readMessages.notOrdinaryFile()}`]);
    expect(existsSync(out)).toBe(false);
  });

  for (const [name, count] of Object.entries(PICKED)) {
    const c = HOSTILE.find((k) => k.name === name)!;
    it(name, () => {
      const out = mkdtempSync(join(tmpdir(), 'factsheet-out-'));
      const previous = ['thb-slovenia-2019-2024-sl.pdf', 'thb-slovenia-2019-2024-en.pdf'];
      for (const f of previous) writeFileSync(join(out, f), `previous ${f}`);
      const edition = hostileEdition(c);
      const run = factsheet('build', '--edition', edition, '--out', out);
      expect(run.code).toBe(1);
      expect(run.err.split('\n').filter(Boolean)).toEqual([cliMessages.inputProblems(count, true), ...c.problems.map((p) => `${edition}/${p}`)]);
      expect(readdirSync(out).sort()).toEqual([...previous].sort());
      for (const f of previous) expect(readFileSync(join(out, f), 'utf8')).toBe(`previous ${f}`);
    });
  }
});

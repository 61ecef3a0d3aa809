/**
 * Every case of the hostile-input corpus through the command line, as a user meets it: exit 1, the count of problems and exactly the lines the in-process run
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

/** How many problems the command counts for a case: each line shown, and those a cap line stands for. */
const counted = (problems: readonly string[]) => problems.reduce((n, p) => n + Number(/: and (\d+) more problems? in this file/.exec(p)?.[1] ?? 1), 0);

describe('hostile input through the command line', () => {
  it('new: a --from edition with a link to /dev/zero is named, and no folder is made', () => {
    const from = hostileEdition(HOSTILE.find((k) => k.name === 'a link to /dev/zero, which never ends')!);
    const out = join(mkdtempSync(join(tmpdir(), 'factsheet-new-')), 'next');
    const run = factsheet('new', '--from', from, '--years', '2020-2025', '--out', out);
    expect(run.code).toBe(1);
    expect(run.err.split('\n').filter(Boolean)).toEqual([cliMessages.inputProblems(1, false), `${from}/victims.csv: ${readMessages.notOrdinaryFile()}`]);
    expect(existsSync(out)).toBe(false);
  });

  for (const c of HOSTILE) {
    const count = counted(c.problems);
    it(c.name, () => {
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

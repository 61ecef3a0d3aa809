/**
 * A few corpus cases through the command line as a user meets them: exit 1, every
 * expected problem printed, no internal error, and the previous PDFs in --out untouched.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editionWith } from '../support/editionFixture.js';
import { factsheet } from '../support/factsheetCli.js';
import { CASES } from './cases.js';

const PICKED = ['a CSV saved as UTF-16 with BOM', 'a misspelt nested key', 'a purpose typo', 'a character the fonts lack in a chart legend'];

describe('bad input through the command line', () => {
  for (const name of PICKED) {
    const c = CASES.find((k) => k.name === name)!;
    it(name, () => {
      const out = mkdtempSync(join(tmpdir(), 'factsheet-out-'));
      const previous = ['thb-slovenia-2019-2024-sl.pdf', 'thb-slovenia-2019-2024-en.pdf'];
      for (const f of previous) writeFileSync(join(out, f), `previous ${f}`);
      const edition = editionWith(c.edits);
      const run = factsheet('build', '--edition', edition, '--out', out);
      expect(run.code).toBe(1);
      expect(run.err).not.toContain('internal error');
      for (const p of c.problems) expect(run.err).toContain(`${edition}/${p}`);
      expect(readdirSync(out).sort()).toEqual([...previous].sort());
      for (const f of previous) expect(readFileSync(join(out, f), 'utf8')).toBe(`previous ${f}`);
    });
  }
});

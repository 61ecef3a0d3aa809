/**
 * bin/factsheet starts the compiled command line from its startup snapshot when the
 * snapshot was made for this node binary in this folder, and from the bundle otherwise;
 * both write the same bytes. Needs dist/ (made by `npm ci` and before `npm test`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/editionFixture.js';
import { factsheetWith } from '../support/factsheetCli.js';

const PDF = 'thb-slovenia-2019-2024-en.pdf';
/** From the snapshot (the default), and from the bundle. */
const MODES: Record<string, string>[] = [{}, { FACTSHEET_NO_SNAPSHOT: '1' }];
const startedFrom = (out: string) => /started from (snapshot|no snapshot)$/m.exec(out)?.[1];

describe('bin/factsheet', () => {
  it('starts from the snapshot, or from the bundle when asked, with the same PDF', () => {
    const [fromSnapshot, fromBundle] = MODES.map((env) => {
      const out = mkdtempSync(join(tmpdir(), 'factsheet-launch-'));
      const run = factsheetWith(env, 'build', '--lang', 'en', '--out', out, '--times');
      expect(run.code, run.err).toBe(0);
      return { started: startedFrom(run.out), pdf: readFileSync(join(out, PDF)) };
    });
    expect(fromSnapshot!.started).toBe('snapshot');
    expect(fromBundle!.started).toBe('no snapshot');
    expect(fromSnapshot!.pdf.equals(fromBundle!.pdf)).toBe(true);
  });

  it('passes --help to the command line, not to node, either way', () => {
    for (const env of MODES) {
      const run = factsheetWith(env, '--help');
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^Usage: factsheet /);
    }
  });

  it('runs the bundle when the snapshot was made in another folder (a moved copy)', () => {
    const copy = mkdtempSync(join(tmpdir(), 'factsheet-moved-'));
    for (const dir of ['bin', 'dist']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    for (const dir of ['fonts', 'templates', 'data', 'node_modules']) symlinkSync(join(ROOT, dir), join(copy, dir));
    const out = join(copy, 'output');
    const run = spawnSync(join(copy, 'bin/factsheet'), ['build', '--lang', 'en', '--times'], { encoding: 'utf8', cwd: copy });
    expect(run.status, run.stderr).toBe(0);
    expect(startedFrom(run.stdout)).toBe('no snapshot');
    expect(readFileSync(join(out, PDF)).length).toBeGreaterThan(50_000);
  });
});

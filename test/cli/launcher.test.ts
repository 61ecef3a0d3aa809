/**
 * bin/factsheet.cjs starts the compiled command line from its startup snapshot when the
 * snapshot was made for this node binary in this folder, and from the bundle otherwise;
 * both write the same bytes. It is plain JavaScript that needs nothing but node: npm's
 * shim on Windows runs it as `node bin/factsheet.cjs …`, which is how some tests here
 * start it too. Needs dist/ (made by `npm ci` and before `npm test`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITION, ROOT } from '../support/editionFixture.js';
import { FACTSHEET_BIN, factsheetWith } from '../support/factsheetCli.js';

const PDF = 'thb-slovenia-2019-2024-en.pdf';
/** From the snapshot (the default), and from the bundle. */
const MODES: Record<string, string>[] = [{}, { FACTSHEET_NO_SNAPSHOT: '1' }];
const startedFrom = (out: string) => /started from (snapshot|no snapshot)$/m.exec(out)?.[1];

/** As npm's cmd-shim starts it on Windows: node, the launcher, the arguments; `env` replaces the environment. */
function throughNode(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(process.execPath, [FACTSHEET_BIN, ...args], { encoding: 'utf8', cwd: ROOT, env });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('bin/factsheet.cjs', () => {
  it('starts from the snapshot, or from the bundle when asked, with the same PDF', () => {
    const [fromSnapshot, fromBundle] = MODES.map((env) => {
      const out = mkdtempSync(join(tmpdir(), 'factsheet-launch-'));
      const run = factsheetWith(env, 'build', '--edition', EDITION, '--lang', 'en', '--out', out, '--times');
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

  it('starts from the snapshot when run by node with no PATH at all: no shell, no system tools', () => {
    const out = mkdtempSync(join(tmpdir(), 'factsheet-launch-'));
    const run = throughNode({ PATH: '' }, 'build', '--edition', EDITION, '--lang', 'en', '--out', out, '--times');
    expect(run.code, run.err).toBe(0);
    expect(startedFrom(run.out)).toBe('snapshot');
    expect(readFileSync(join(out, PDF)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it("passes the command's exit code and output through, from the snapshot and from the bundle", () => {
    for (const env of MODES) {
      const run = throughNode({ PATH: '', ...env }, 'build', '--lang', 'de');
      expect(run.code).toBe(1);
      expect(run.err).toContain('"de" is not a language (sl, en).');
    }
  });

  it('runs the bundle when the snapshot was made in another folder (a moved copy)', () => {
    const copy = mkdtempSync(join(tmpdir(), 'factsheet-moved-'));
    for (const dir of ['bin', 'dist']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    for (const dir of ['fonts', 'templates', 'data', 'node_modules']) symlinkSync(join(ROOT, dir), join(copy, dir));
    const out = join(copy, 'output');
    const run = spawnSync(process.execPath, [join(copy, 'bin/factsheet.cjs'), 'build', '--edition', EDITION, '--lang', 'en', '--times'], { encoding: 'utf8', cwd: copy });
    expect(run.status, run.stderr).toBe(0);
    expect(startedFrom(run.stdout)).toBe('no snapshot');
    expect(readFileSync(join(out, PDF)).length).toBeGreaterThan(50_000);
  });
});

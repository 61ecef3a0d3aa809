/**
 * `build` may share the languages with a second process started from the snapshot
 * (src/cli/buildShared.ts): the PDFs, their order and the problems reported must be the
 * same as one process gives. FACTSHEET_PROCESSES=2 makes it share whatever the load, and
 * fail if the second process fails; =1 keeps to one process. Needs dist/.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../src/pipeline.js';
import { buildEnv } from '../support/buildDefault.js';
import { EDITION, editionWith } from '../support/editionFixture.js';
import { factsheetWith } from '../support/factsheetCli.js';

/** Builds both languages, A4 and A5, with `processes`; the files written, by name, and what was printed. */
function built(processes: '1' | '2', edition = EDITION) {
  const out = mkdtempSync(join(tmpdir(), 'factsheet-shared-'));
  const run = factsheetWith({ FACTSHEET_PROCESSES: processes }, 'build', '--edition', edition, '--size', 'a4,a5', '--out', out);
  const files = run.code === 0 ? Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))])) : {};
  return { ...run, files };
}

describe('languages built by two processes', () => {
  it('gives the same PDFs, listed in the same order, as one process', () => {
    const [one, two] = [built('1'), built('2')];
    expect(two.code, two.err).toBe(0);
    expect(Object.keys(two.files).sort()).toEqual(Object.keys(one.files).sort());
    expect(Object.keys(two.files)).toHaveLength(4);
    for (const [name, pdf] of Object.entries(one.files)) expect(two.files[name]!.equals(pdf), name).toBe(true);
    const listed = (out: string) => out.split('\n').filter((l) => l.endsWith(' s')).map((l) => l.split('  ')[0]!.split('/').at(-1));
    expect(listed(two.out)).toEqual(listed(one.out));
  });

  it('reports the problems of an edition as one process does, and writes nothing', () => {
    const broken = editionWith({ 'victims.csv': (t) => t.replace('\n2019,6,1,0\n', '\n2019,six,1,0\n') });
    const [one, two] = [built('1', broken), built('2', broken)];
    expect(two.code).toBe(1);
    expect(two.err).toBe(one.err);
    expect(two.err).toContain('victims.csv');
  });

  it("builds the languages at the share's places of the list (pipeline `share`)", async () => {
    const second = await buildPublication(EDITION, { share: { index: 1, of: 2 } }, buildEnv);
    const first = await buildPublication(EDITION, { share: { index: 0, of: 2 } }, buildEnv);
    expect(first.map((b) => b.lang)).toEqual(['sl']);
    expect(second.map((b) => b.lang)).toEqual(['en']);
  });
});

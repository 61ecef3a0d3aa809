/** `build --final`: provisional rows are refused, reported together with any other problem. */
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/model/Problem.js';
import { buildPublication } from '../../src/pipeline.js';
import { buildEnv } from '../support/buildDefault.js';
import { EDITION, editionWith, setLine } from '../support/editionFixture.js';

async function problemsOf(dir: string, final: boolean): Promise<string[]> {
  try {
    await buildPublication(dir, { final, langs: ['en'] }, buildEnv);
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.file.split('/').pop()}:${p.line}: ${p.field}`);
    throw e;
  }
  return [];
}

describe('final builds', () => {
  it('list every inferred or unpublished row of the real edition', async () => {
    const problems = await problemsOf(EDITION, true);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => /^(exploitation|origin)\.csv:\d+: status$/.test(p))).toBe(true);
  });

  it('report provisional rows together with the edition’s other problems', async () => {
    const problems = await problemsOf(editionWith({ 'victims.csv': setLine(4, '2021,39,one,0') }), true);
    expect(problems).toContain('victims.csv:4: men');
    expect(problems.some((p) => p.startsWith('exploitation.csv:'))).toBe(true);
  });

  it('are not asked for by default', async () => {
    expect(await problemsOf(EDITION, false)).toEqual([]);
  });
});

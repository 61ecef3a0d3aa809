/**
 * Every case of the hostile-input corpus, run in-process as `build` and `check` run it:
 * an InputError listing exactly the expected problems, in order and capped per file, never
 * an internal error; and the alias bomb refused within a second.
 * (test/corpus/hostileCli.test.ts runs a representative set through the command line.)
 */
import { describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../src/model/Problem.js';
import { build } from '../support/buildDefault.js';
import { editionWith } from '../support/editionFixture.js';
import { ALIAS_BOMB, HOSTILE, hostileEdition } from './hostile.js';
import { readLeaflet } from '../support/leafletEdition.js';

/** The problems a build prints (capped per file), with the edition folder left out. */
async function printedProblems(dir: string): Promise<string[]> {
  try {
    await build(dir);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.shown.map((p) => formatProblem({ ...p, file: p.file.replace(`${dir}/`, '') }));
  }
  return [];
}

describe('hostile-input corpus', () => {
  it('has at least 20 cases with distinct names', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20);
    expect(new Set(HOSTILE.map((c) => c.name)).size).toBe(HOSTILE.length);
  });

  for (const c of HOSTILE) {
    it(c.name, async () => {
      expect(await printedProblems(hostileEdition(c))).toEqual(c.problems);
    });
  }

  it('refuses the alias bomb within a second, even one nine times larger', () => {
    const dir = editionWith({ 'text.en.yaml': (t) => `${t}${ALIAS_BOMB}\nj: &j [${Array(9).fill('*i').join(', ')}]\n` });
    const started = performance.now();
    expect(() => readLeaflet(dir)).toThrow(InputError);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reads a text file of 50,000 keys in seconds, not minutes (keys are checked for repeats in one pass)', () => {
    // Other keys than the corpus case's: parsed documents are kept by their text for the process.
    const dir = editionWith({ 'text.en.yaml': (t) => `${t}${Array.from({ length: 50_000 }, (_, i) => `key${i}: x`).join('\n')}\n` });
    const started = performance.now();
    readLeaflet(dir);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('reads an edition saved with Windows line ends and byte-order marks everywhere', async () => {
    const files = ['victims.csv', 'assistance.csv', 'prosecution.csv', 'exploitation.csv', 'origin.csv', 'origin-named.csv', 'publication.yaml', 'text.sl.yaml', 'text.en.yaml'];
    const dir = editionWith(Object.fromEntries(files.map((f) => [f, (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`])));
    expect(await printedProblems(dir)).toEqual([]);
  });
});

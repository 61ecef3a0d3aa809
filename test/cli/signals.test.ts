/**
 * A build stopped by a signal (Ctrl+C, a closed terminal, a CI time-out) leaves the output
 * folder with every file of the previous set or every file of the new one, never a mix and
 * no temporary file, and ends with 130 (SIGINT) or 143 (SIGTERM) as a shell reports it (an
 * exit code, or the signal itself), or 0 when it had ended first. Real signals, sent to the
 * launcher as a terminal or CI does, at moments swept over a whole build and between two
 * renames (the test-only pause, src/cli/pauseBeforeRenames.ts), a second signal close
 * behind the first, and in `watch`. About 30 s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EDITION, ROOT } from '../support/editionFixture.js';
import { FACTSHEET_BIN } from '../support/factsheetCli.js';

const FILES = ['thb-slovenia-2019-2024-sl.pdf', 'thb-slovenia-2019-2024-en.pdf'];
const BUILD = ['build', '--edition', EDITION, '--lang', 'sl,en'];
/** `watch` builds the same two files at its start, then previews of their pages, in one transaction. */
const WATCH = ['watch', '--edition', EDITION];
const PREVIEW = /^thb-slovenia-2019-2024-(sl|en)-page-\d+\.png$/;
/** Moments swept over a build, as fractions of the reference build's time. */
const SWEEP = [0, 0.2, 0.4, 0.55, 0.7, 0.85, 1.0, 1.15, 1.3, 1.5];
/** Long enough to send a signal before the next rename under load, ms. */
const PAUSE_MS = 150;
const LIMIT_MS = 30_000;

type Signal = 'SIGINT' | 'SIGTERM';
type SetState = 'old' | 'new' | 'mixed';
/** When to send the signals: `ms` after the start, or when the `rename`-th rename (1-based) is about to happen. */
type When = { ms: number } | { rename: number };

const oldBytes = (name: string) => Buffer.from(`%PDF-1.7 the previous build's ${name}`);
let newBytes: Map<string, Buffer>;
let buildMs: number;

/** An output folder holding the previous set. */
function previousSet(): string {
  const out = mkdtempSync(join(tmpdir(), 'factsheet-signals-'));
  for (const name of FILES) writeFileSync(join(out, name), oldBytes(name));
  return out;
}

function stateOf(out: string): { state: SetState; strays: string[] } {
  const names = readdirSync(out);
  // `watch` adds page previews; anything else is a stray.
  const strays = names.filter((n) => !FILES.includes(n) && n !== 'previews');
  if (names.includes('previews')) strays.push(...readdirSync(join(out, 'previews')).filter((n) => !PREVIEW.test(n)));
  const bytes = FILES.map((n) => (names.includes(n) ? readFileSync(join(out, n)) : undefined));
  if (FILES.every((n, i) => bytes[i]?.equals(oldBytes(n)))) return { state: 'old', strays };
  if (newBytes && FILES.every((n, i) => bytes[i]?.equals(newBytes.get(n)!))) return { state: 'new', strays };
  return { state: 'mixed', strays };
}

interface Outcome {
  /** The exit code, or 128 + the signal's number if a signal ended the process (as a shell reports it). */
  code: number;
  state: SetState;
  /** Files other than the set's: temporary files, backups, probes. */
  strays: string[];
  /** The folder's state when the first signal was sent. */
  stateAtSignal?: SetState;
  out: string;
  ms: number;
}

/** Runs the launcher on a folder with the previous set; sends `signals`, each `gapMs` after the one before. */
function trial(signals: readonly Signal[], when: When | undefined, { gapMs = 20, args = BUILD } = {}): Promise<Outcome> {
  const out = previousSet();
  const pause = when && 'rename' in when ? { FACTSHEET_TEST_PAUSE_BEFORE_RENAME_MS: String(PAUSE_MS) } : {};
  const started = Date.now();
  const child = spawn(FACTSHEET_BIN, [...args, '--out', out], { cwd: ROOT, env: { ...process.env, ...pause }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stateAtSignal: SetState | undefined;
  const send = () => {
    stateAtSignal = stateOf(out).state;
    signals.forEach((signal, i) => setTimeout(() => child.kill(signal), i * gapMs));
  };
  let renames = 0;
  child.stderr!.on('data', (d: Buffer) => {
    const before = renames;
    renames += (String(d).match(/^renaming /gm) ?? []).length;
    if (when && 'rename' in when && before < when.rename && renames >= when.rename) send();
  });
  if (when && 'ms' in when) setTimeout(send, when.ms);
  const limit = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(limit);
      resolve({ code: code ?? 128 + constants.signals[signal!], ...stateOf(out), stateAtSignal, out, ms: Date.now() - started });
    });
  });
}

const codeOf = (signal: Signal) => 128 + constants.signals[signal];
const show = (o: Outcome) => `exit ${o.code}, ${o.state}${o.stateAtSignal ? ` (${o.stateAtSignal} at the signal)` : ''}${o.strays.length ? `, strays ${o.strays.join(' ')}` : ''}`;

beforeAll(async () => {
  // The new set: what an undisturbed build writes (builds are deterministic).
  const reference = await trial([], undefined);
  expect(reference.code).toBe(0);
  newBytes = new Map(FILES.map((n) => [n, readFileSync(join(reference.out, n))]));
  buildMs = reference.ms;
}, LIMIT_MS);

describe('a build stopped by a signal', () => {
  it('leaves the previous set or the new one, whenever the signal comes', async () => {
    const seen: string[] = [];
    for (const [i, fraction] of SWEEP.entries()) {
      const signal: Signal = i % 2 === 0 ? 'SIGTERM' : 'SIGINT';
      const o = await trial([signal], { ms: Math.round(fraction * buildMs) });
      seen.push(`${signal} at ${fraction} × ${buildMs} ms: ${show(o)}`);
      const all = seen.join('\n');
      expect(o.strays, all).toEqual([]);
      expect(o.state, all).not.toBe('mixed');
      expect([0, codeOf(signal)], all).toContain(o.code);
      if (o.code === 0) expect(o.state, all).toBe('new');
    }
    // The sweep reached into the build: some signal stopped it before it wrote anything.
    expect(seen.some((s) => /exit 1[34]\d, old/.test(s)), seen.join('\n')).toBe(true);
  }, SWEEP.length * LIMIT_MS);

  it('finishes the renames it began when the signal comes between two of them', async () => {
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      for (const rename of FILES.keys()) {
        const o = await trial([signal], { rename: rename + 1 });
        // Before the second rename the folder really is mixed: the first language new, the other old.
        expect(o.stateAtSignal, show(o)).toBe(rename === 0 ? 'old' : 'mixed');
        expect(o.code, show(o)).toBe(codeOf(signal));
        expect(o.state, show(o)).toBe('new');
        expect(o.strays, show(o)).toEqual([]);
      }
    }
  }, 4 * LIMIT_MS);

  it('a second signal close behind the first cuts no transaction short', async () => {
    const inRenames = await trial(['SIGINT', 'SIGTERM'], { rename: 2 });
    expect(inRenames.stateAtSignal, show(inRenames)).toBe('mixed');
    expect(inRenames.code, show(inRenames)).toBe(codeOf('SIGINT'));
    expect(inRenames.state, show(inRenames)).toBe('new');
    expect(inRenames.strays, show(inRenames)).toEqual([]);

    const inBuild = await trial(['SIGTERM', 'SIGTERM'], { ms: Math.round(0.5 * buildMs) }, { gapMs: 5 });
    expect([codeOf('SIGTERM'), 0], show(inBuild)).toContain(inBuild.code);
    expect(inBuild.state, show(inBuild)).not.toBe('mixed');
    expect(inBuild.strays, show(inBuild)).toEqual([]);
  }, 2 * LIMIT_MS);

  it('in watch, finishes the transaction of PDFs and previews it began', async () => {
    const o = await trial(['SIGTERM'], { rename: 2 }, { args: WATCH });
    expect(o.stateAtSignal, show(o)).toBe('mixed');
    expect(o.code, show(o)).toBe(codeOf('SIGTERM'));
    expect(o.state, show(o)).toBe('new');
    expect(o.strays, show(o)).toEqual([]);
    expect(readdirSync(join(o.out, 'previews')).length, show(o)).toBeGreaterThanOrEqual(2 * 4);
  }, LIMIT_MS);
});

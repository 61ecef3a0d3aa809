/**
 * Measures the factsheet command: `npm run bench [-- --runs N] [--json FILE] [--parts cold,in-process,watch]`.
 *
 *   0. the headline: cold builds of an unseen edition (scripts/lib/unseenEdition.ts: years
 *      shifted, figures and texts changed; made here, so no cache can hold it), one language
 *      and both, beside the default edition's and `node -e 0`; `--parts` leaves out other
 *      parts, never these;
 *   1. cold processes: wall time from spawn to exit, peak RSS and stage times (`--times`) of
 *      `node -e 0` and of `bin/factsheet.cjs build` as people run it (one warm-up run, then N);
 *   2. in-process builds: stage times of the first build and of later ones
 *      (scripts/lib/inProcessBuilds.ts, a fresh process per set of editions);
 *   3. watch rebuilds: `bin/factsheet.cjs watch` on a copy of the edition, N saved edits of a
 *      text and of a CSV cell, each timed from the write to the previews line;
 *   4. page counts and sizes of the 12 PDFs (every language, size and variant).
 *
 * Prints a summary and writes everything, with the machine it ran on, to output/bench.json.
 * It only measures: no timing is checked. A run slower than `DISTURBED` × the median of the
 * others is taken as disturbed by other load and run again (at most `MAX_RERUNS` times per
 * case), which the summary says. Copies of the edition and all output go to a temporary
 * folder, removed at the end; every process started here is ended before the bench exits.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { InProcessResult } from './lib/inProcessBuilds.js';
import { unseenEdition } from './lib/unseenEdition.js';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/factsheet.cjs');
/**
 * The edition the edits and the unseen edition's texts are made from: the tests' frozen copy,
 * so an office's change to `data/` cannot break the bench's edits (the plain builds use the
 * live edition, as `npm start` does).
 */
const EDITION = join(ROOT, 'test/fixtures/edition-2019-2024');
/** A run this many times slower than the median of the others counts as disturbed. */
const DISTURBED = 1.5;
/** Extra runs per case at most, for disturbed ones. */
const MAX_RERUNS = 3;
/** Longest wait for one build or rebuild, ms. */
const TIMEOUT_MS = 180_000;

/** A saved change: `from` (found once in the file) becomes `to`, and back on the next edit. */
interface Edit {
  id: string;
  label: string;
  file: string;
  from: string;
  to: string;
}

/** One word of a body paragraph (Article 113). */
const TEXT_EDIT: Edit = { id: 'text', label: 'one word in text.en.yaml', file: 'text.en.yaml', from: 'Slovenia defines the', to: 'Slovenia describes the' };
/** Suspects of 2019: prosecution has no cross-check with other tables, so any count is valid. */
const CSV_EDIT: Edit = { id: 'csv', label: 'one cell in prosecution.csv', file: 'prosecution.csv', from: '\n2019,14,9,4\n', to: '\n2019,15,9,4\n' };

// ---------------------------------------------------------------------------------------
// Numbers

interface Spread {
  min: number;
  median: number;
  max: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function spread(values: readonly number[]): Spread {
  return { min: Math.min(...values), median: median(values), max: Math.max(...values) };
}

/** The median of each key over records that share their keys (stage → ms). */
function medianPerKey(records: readonly Record<string, number>[]): Record<string, number> {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return Object.fromEntries(keys.map((k) => [k, median(records.flatMap((r) => (k in r ? [r[k]!] : [])))]));
}

/**
 * `n` runs of `once`; while the slowest is more than `DISTURBED` × the median of the
 * others, it is set aside and run again, `MAX_RERUNS` times at most.
 */
async function steadyRuns<R>(n: number, once: () => Promise<R>, msOf: (r: R) => number): Promise<{ runs: R[]; setAside: R[] }> {
  const runs: R[] = [];
  for (let i = 0; i < n; i++) runs.push(await once());
  const setAside: R[] = [];
  while (setAside.length < MAX_RERUNS && runs.length > 1) {
    const slowest = runs.reduce((worst, r, i) => (msOf(r) > msOf(runs[worst]!) ? i : worst), 0);
    const others = runs.filter((_, i) => i !== slowest).map(msOf);
    if (msOf(runs[slowest]!) <= DISTURBED * median(others)) break;
    setAside.push(...runs.splice(slowest, 1));
    runs.push(await once());
  }
  return { runs, setAside };
}

// ---------------------------------------------------------------------------------------
// Processes

/** Every process started here and not yet ended, ended when the bench exits or is stopped. */
const children = new Set<ChildProcess>();

function started(child: ChildProcess): ChildProcess {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function endChildren(): void {
  for (const child of children) child.kill('SIGKILL');
}

interface Finished {
  /** Spawn to exit, ms. */
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; its wall time is taken from spawn to the exit event. */
function runToEnd(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = started(spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
    let ms = 0;
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    child.once('exit', () => (ms = performance.now() - t0));
    child.once('error', fail);
    // `close` comes after `exit` once the output is read to its end.
    child.once('close', (code) => {
      clearTimeout(timer);
      done({ ms, code, stdout, stderr });
    });
  });
}

/** Waits for a process to exit after SIGTERM; SIGKILL after `graceMs`. Whether it ended by itself. */
function stop(child: ChildProcess, graceMs = 5000): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done(false);
    }, graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
    child.kill('SIGTERM');
  });
}

// ---------------------------------------------------------------------------------------
// What the command prints

/** `times: read 80 ms, …, since start 1073 ms; peak RSS 160 MB` → stage → ms, and MB. */
function parseTimes(stdout: string): { stages: Record<string, number>; peakRssMb: number } | undefined {
  const line = stdout.split('\n').find((l) => l.startsWith('times: '));
  if (!line) return undefined;
  const [list, rss] = line.slice('times: '.length).split('; ');
  const stages = Object.fromEntries((list ?? '').split(', ').map((part) => {
    const [, stage, ms] = /^(.+) (\d+) ms$/.exec(part) ?? [];
    return [stage ?? part, Number(ms)];
  }));
  return { stages, peakRssMb: Number(/peak RSS (\d+) MB/.exec(rss ?? '')?.[1]) };
}

interface Written {
  file: string;
  pages: number;
  kb: number;
  seconds: number;
}

/** `<path>  4 pages  107 KB  0.81 s`, one line per PDF. */
function parseWritten(lines: readonly string[]): Written[] {
  return lines.flatMap((line) => {
    const m = /^(.+\.pdf) {2}(\d+) pages {2}(\d+) KB {2}([\d.]+) s$/.exec(line);
    return m ? [{ file: basename(m[1]!), pages: Number(m[2]), kb: Number(m[3]), seconds: Number(m[4]) }] : [];
  });
}

// ---------------------------------------------------------------------------------------
// 1. Cold processes

interface ColdCase {
  id: string;
  label: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Where its PDFs go, if it builds. */
  out?: string;
}

interface ColdRun {
  ms: number;
  peakRssMb?: number;
  stages?: Record<string, number>;
}

interface ColdResult {
  id: string;
  label: string;
  command: string;
  runs: ColdRun[];
  setAside: ColdRun[];
  wallMs?: Spread;
  peakRssMb?: Spread;
  stagesMedianMs?: Record<string, number>;
  error?: string;
}

function coldCases(tmp: string, editions: { changed: string; unseen: string; mid: string }): ColdCase[] {
  const { changed: changedEdition, unseen: unseenEdition, mid: midEdition } = editions;
  const env = { ...process.env };
  delete env.FACTSHEET_NO_SNAPSHOT;
  const build = (id: string, label: string, args: string[], caseEnv = env, out = join(tmp, 'cold', id)): ColdCase => ({
    id,
    label,
    command: BIN,
    args: ['build', ...args, '--out', out, '--times'],
    env: caseEnv,
    out,
  });
  return [
    // The headline: next year's edition, which no build (nor the startup snapshot) has seen.
    build('unseen-en', 'unseen edition, build --lang en', ['--lang', 'en', '--edition', unseenEdition]),
    build('unseen-sl-en', 'unseen edition, build (sl + en)', ['--edition', unseenEdition]),
    { id: 'floor', label: 'node -e 0 (floor)', command: process.execPath, args: ['-e', '0'], env },
    build('en', 'build --lang en', ['--lang', 'en']),
    build('sl-en', 'build (sl + en, npm start)', []),
    build('all', 'build 12 PDFs (3 variants × 2 sizes)', ['--variant', 'screen,print,archive', '--size', 'a4,a5']),
    build('en-plain', 'build --lang en, no snapshot', ['--lang', 'en'], { ...env, FACTSHEET_NO_SNAPSHOT: '1' }),
    build('en-changed', 'build --lang en, one figure changed', ['--lang', 'en', '--edition', changedEdition]),
    // Composition at A5 (a booklet of a multiple of four pages), and on a longer edition.
    build('en-a5', 'build --lang en --size a5', ['--lang', 'en', '--size', 'a5']),
    build('en-mid', 'build --lang en, 2016–2025 edition (10 years, 14 countries)', ['--lang', 'en', '--edition', midEdition]),
  ];
}

async function coldRun(c: ColdCase): Promise<ColdRun> {
  const run = await runToEnd(c.command, c.args, c.env);
  if (run.code !== 0) throw new Error(`exited with ${run.code}: ${run.stderr.trim() || run.stdout.trim()}`);
  const times = parseTimes(run.stdout);
  if (c.out && !times) throw new Error(`printed no times line:\n${run.stdout}`);
  return { ms: run.ms, peakRssMb: times?.peakRssMb, stages: times?.stages };
}

async function measureCold(c: ColdCase, n: number): Promise<ColdResult> {
  const command = [c.command === BIN ? 'bin/factsheet.cjs' : basename(c.command), ...c.args].join(' ');
  const result: ColdResult = { id: c.id, label: c.label, command, runs: [], setAside: [] };
  try {
    await coldRun(c); // warm-up: page cache, not counted
    Object.assign(result, await steadyRuns(n, () => coldRun(c), (r) => r.ms));
    result.wallMs = spread(result.runs.map((r) => r.ms));
    const rss = result.runs.flatMap((r) => (r.peakRssMb === undefined ? [] : [r.peakRssMb]));
    if (rss.length > 0) result.peakRssMb = spread(rss);
    const stages = result.runs.flatMap((r) => (r.stages ? [r.stages] : []));
    if (stages.length > 0) result.stagesMedianMs = medianPerKey(stages);
  } catch (e) {
    result.error = (e as Error).message;
  }
  return result;
}

/** The tables of `test/fixtures/<name>` with the real edition's texts and publication. */
function fixtureCopy(dir: string, name: string): string {
  cpSync(join(ROOT, 'test/fixtures', name), dir, { recursive: true });
  for (const file of ['text.sl.yaml', 'text.en.yaml', 'publication.yaml']) cpSync(join(EDITION, file), join(dir, file));
  return dir;
}

/** A copy of the edition with `edit` made, in `dir`. */
function editedCopy(dir: string, edit?: Edit): string {
  cpSync(EDITION, dir, { recursive: true });
  if (edit) writeFileSync(join(dir, edit.file), replaced(readFileSync(join(dir, edit.file), 'utf8'), edit.from, edit.to));
  return dir;
}

/** `text` with its one `from` replaced by `to`. */
function replaced(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`bench: "${from.trim()}" is not found exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

// ---------------------------------------------------------------------------------------
// 2. In-process builds

interface InProcessCase {
  id: string;
  label: string;
  args: string[];
}

interface InProcessSummary {
  id: string;
  label: string;
  fontsMs?: number;
  first?: { ms: number; stages: Record<string, number> };
  later?: { count: number; msMedian: number; stagesMedianMs: Record<string, number> };
  pdfs?: InProcessResult['pdfs'];
  error?: string;
}

const IN_PROCESS: InProcessCase[] = [
  { id: 'en', label: 'en a4 screen', args: ['--lang', 'en', '--size', 'a4', '--variant', 'screen'] },
  { id: 'all', label: '12 PDFs', args: ['--lang', 'sl,en', '--size', 'a4,a5', '--variant', 'screen,print,archive'] },
];

async function measureInProcess(c: InProcessCase, n: number): Promise<InProcessSummary> {
  const helper = join(ROOT, 'scripts/lib/inProcessBuilds.ts');
  const run = await runToEnd(process.execPath, ['--import', 'tsx', helper, ...c.args, '--runs', String(n)], process.env);
  if (run.code !== 0) return { id: c.id, label: c.label, error: `exited with ${run.code}: ${run.stderr.trim()}` };
  const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as InProcessResult;
  const [first, ...later] = result.builds;
  return {
    id: c.id,
    label: c.label,
    fontsMs: result.fontsMs,
    first: first!,
    later: { count: later.length, msMedian: median(later.map((b) => b.ms)), stagesMedianMs: medianPerKey(later.map((b) => b.stages)) },
    pdfs: result.pdfs,
  };
}

// ---------------------------------------------------------------------------------------
// 3. Watch rebuilds

interface Line {
  text: string;
  err: boolean;
  /** When it arrived, performance.now() ms. */
  at: number;
}

/** The lines a running process prints, each with its arrival time. */
interface LineLog {
  lines: Line[];
  /** Index of the first line from `from` on that passes `test`; waits for it. */
  waitFor(from: number, test: (line: Line) => boolean, timeoutMs: number): Promise<number>;
}

function lineLog(child: ChildProcess): LineLog {
  const lines: Line[] = [];
  const collect = (err: boolean) => {
    let partial = '';
    return (data: Buffer) => {
      const parts = (partial + data.toString()).split('\n');
      partial = parts.pop()!;
      const at = performance.now();
      for (const text of parts) lines.push({ text, err, at });
    };
  };
  child.stdout!.on('data', collect(false));
  child.stderr!.on('data', collect(true));
  const waitFor = async (from: number, test: (line: Line) => boolean, timeoutMs: number) => {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = lines.findIndex((l, i) => i >= from && test(l));
      if (found >= 0) return found;
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`watch ended:\n${tail(lines)}`);
      if (performance.now() > deadline) throw new Error(`watch: no answer within ${timeoutMs / 1000} s:\n${tail(lines)}`);
      await sleep(20);
    }
  };
  return { lines, waitFor };
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const tail = (lines: readonly Line[]) => lines.slice(-15).map((l) => l.text).join('\n');
const isChanged = (l: Line) => !l.err && l.text.startsWith('changed: ');
const isPreviews = (l: Line) => !l.err && / \d+ page previews?$/.test(l.text);
const isKeptLastGood = (l: Line) => l.err && l.text.startsWith('The last good PDFs');
/** The end of a rebuild, good or not. */
const isRebuilt = (l: Line) => isPreviews(l) || isKeptLastGood(l);

interface WatchEdit {
  /** The write to the previews line, ms. */
  ms: number;
  /** Build seconds the watch printed, per PDF file. */
  pdfSeconds: Record<string, number>;
}

interface WatchEditResult {
  id: string;
  label: string;
  edits: WatchEdit[];
  setAside: WatchEdit[];
  rebuildMs?: Spread;
  pdfSecondsMedian?: Record<string, number>;
  error?: string;
}

interface WatchResult {
  /** Spawn to the `watching` line (first build and previews included), ms. */
  readyMs?: number;
  edits: WatchEditResult[];
  /** Whether it exited by itself on SIGTERM (else it was killed). */
  stoppedCleanly?: boolean;
  error?: string;
}

/**
 * Waits until the watch is idle: no rebuild under way and nothing printed for longer
 * than its debounce (so a late second change event has had its rebuild too).
 */
async function settle(log: LineLog): Promise<void> {
  for (;;) {
    await sleep(400);
    const changed = lastIndex(log.lines, isChanged);
    if (changed > lastIndex(log.lines, isRebuilt)) await log.waitFor(changed, isRebuilt, TIMEOUT_MS);
    else if (performance.now() - (log.lines.at(-1)?.at ?? 0) >= 400) return;
  }
}

/** Saves `text` to `path` and waits for the rebuild it starts. */
async function timedSave(log: LineLog, path: string, text: string): Promise<WatchEdit> {
  await settle(log);
  const from = log.lines.length;
  const t0 = performance.now();
  writeFileSync(path, text);
  const end = await log.waitFor(from, isRebuilt, TIMEOUT_MS);
  const lines = log.lines.slice(from, end + 1);
  if (log.lines[end]!.err) throw new Error(`the rebuild failed:\n${lines.map((l) => l.text).join('\n')}`);
  const pdfSeconds = Object.fromEntries(parseWritten(lines.map((l) => l.text)).map((w) => [w.file, w.seconds]));
  return { ms: log.lines[end]!.at - t0, pdfSeconds };
}

/** One warm-up save, then `n` timed ones, each switching the file between its two texts. */
async function measureEdit(log: LineLog, edition: string, edit: Edit, n: number): Promise<WatchEditResult> {
  const path = join(edition, edit.file);
  const original = readFileSync(path, 'utf8');
  const texts = [replaced(original, edit.from, edit.to), original];
  let saves = 0;
  const save = () => timedSave(log, path, texts[saves++ % 2]!);
  const result: WatchEditResult = { id: edit.id, label: edit.label, edits: [], setAside: [] };
  try {
    await save();
    const { runs, setAside } = await steadyRuns(n, save, (e) => e.ms);
    Object.assign(result, { edits: runs, setAside, rebuildMs: spread(runs.map((e) => e.ms)), pdfSecondsMedian: medianPerKey(runs.map((e) => e.pdfSeconds)) });
  } catch (e) {
    result.error = (e as Error).message;
  } finally {
    writeFileSync(path, original);
  }
  return result;
}

async function measureWatch(tmp: string, n: number): Promise<WatchResult> {
  const edition = editedCopy(join(tmp, 'watch-edition'));
  const out = join(tmp, 'watch-out');
  const t0 = performance.now();
  const child = started(spawn(BIN, ['watch', '--edition', edition, '--out', out], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
  const log = lineLog(child);
  const result: WatchResult = { edits: [] };
  try {
    const ready = await log.waitFor(0, (l) => !l.err && l.text.startsWith('watching '), TIMEOUT_MS);
    result.readyMs = log.lines[ready]!.at - t0;
    for (const edit of [TEXT_EDIT, CSV_EDIT]) result.edits.push(await measureEdit(log, edition, edit, n));
  } catch (e) {
    result.error = (e as Error).message;
  } finally {
    result.stoppedCleanly = await stop(child);
  }
  return result;
}

// ---------------------------------------------------------------------------------------
// 4. The 12 PDFs

interface PdfSize {
  file: string;
  pages: number;
  bytes: number;
  /** The same file as the cold 12-PDF build wrote it, when it did. */
  bytesOnDisk?: number;
}

/** The 12 PDFs of the in-process build, beside the files the command wrote to `out`. */
function pdfSizes(built: InProcessSummary | undefined, out: string): PdfSize[] {
  return (built?.pdfs ?? []).map((p) => ({ file: p.fileName, pages: p.pages, bytes: p.bytes, bytesOnDisk: fileSize(join(out, p.fileName)) }));
}

function fileSize(path: string): number | undefined {
  try {
    return statSync(path).size;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------
// Machine

function machine() {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: { model: cpus()[0]?.model ?? 'unknown', count: cpus().length },
    loadavgStart: loadavg().map((l) => Number(l.toFixed(2))),
    commit: git('rev-parse', 'HEAD'),
    /** Uncommitted changes in the measured tree. */
    dirty: git('status', '--porcelain').length > 0,
  };
}

// ---------------------------------------------------------------------------------------
// Summary

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** `thb-slovenia-2019-2024-en.pdf` → `en`. */
const shortName = (file: string) => /-([a-z]{2})\.pdf$/.exec(file)?.[1] ?? file;
const ms = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(0));
const s2 = (v: number | undefined) => (v === undefined ? '—' : v.toFixed(2));

/** Rows of cells, left column left-aligned, the rest right-aligned. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) => '  ' + r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')).join('\n');
}

/** The cold cases of the headline, with the floor they stand on. */
const HEADLINE = ['unseen-en', 'unseen-sl-en', 'floor', 'en', 'sl-en'];

/** The goals (issue 15), cold process, spawn to exit, medians, s; watch per edition, ms. */
const GOALS = { 'unseen-en': 0.3, 'unseen-sl-en': 0.35, en: 0.25, 'sl-en': undefined, watchMs: 40, rssMb: 150 } as const;

/** The figures the README quotes, first: the unseen edition beside the default one, against the goals. */
function printHeadline(cold: readonly ColdResult[], watch: WatchResult): void {
  console.log('\nHeadline: cold process, spawn to exit, medians (goal)');
  for (const id of ['unseen-en', 'unseen-sl-en', 'en', 'sl-en'] as const) {
    const r = cold.find((c) => c.id === id);
    if (!r?.wallMs) continue;
    const goal = GOALS[id] === undefined ? '' : ` (≤ ${GOALS[id].toFixed(2)} s)`;
    console.log(`  ${r.label.padEnd(34)} ${s2(r.wallMs.median / 1000)} s${goal}, peak RSS ${ms(r.peakRssMb?.median)} MB (≤ ${GOALS.rssMb} MB)`);
  }
  const perEdition = watch.edits.flatMap((e) => Object.values(e.pdfSecondsMedian ?? {}));
  if (perEdition.length > 0) console.log(`  watch rebuild, per edition          ${ms(Math.min(...perEdition) * 1000)}–${ms(Math.max(...perEdition) * 1000)} ms (≤ ${GOALS.watchMs} ms)`);
}

function printCold(results: readonly ColdResult[], n: number): void {
  console.log(`\n1. Cold process, spawn to exit (1 warm-up, then ${plural(n, 'run')}), ms`);
  const rows = results.map((r) => [r.label, ms(r.wallMs?.min), ms(r.wallMs?.median), ms(r.wallMs?.max), r.peakRssMb ? `${ms(r.peakRssMb.median)} MB` : '—', String(r.setAside.length)]);
  console.log(table([['case', 'min', 'median', 'max', 'peak RSS', 'rerun'], ...rows]));
  const withStages = results.filter((r) => r.stagesMedianMs);
  const stages = [...new Set(withStages.flatMap((r) => Object.keys(r.stagesMedianMs!)))];
  console.log('\n   stage times from --times (median), ms');
  console.log(table([['case', ...stages], ...withStages.map((r) => [r.label, ...stages.map((s) => ms(r.stagesMedianMs![s]))])]));
  console.log('   (node -e 0 prints no --times line, so it has no peak RSS or stages here)');
  for (const r of results) {
    for (const a of r.setAside) console.log(`   note: ${r.label}: a run of ${ms(a.ms)} ms was disturbed by other load and run again`);
    if (r.error) console.log(`   FAILED: ${r.label}: ${r.error}`);
  }
}

function printInProcess(results: readonly InProcessSummary[]): void {
  console.log('\n2. In-process builds (buildPublication, a fresh process per case), ms');
  const stages = [...new Set(results.flatMap((r) => Object.keys(r.first?.stages ?? {})))];
  const rows = results.flatMap((r) =>
    r.first && r.later
      ? [
          [`${r.label}: first`, ms(r.first.ms), ...stages.map((s) => ms(r.first!.stages[s]))],
          [`${r.label}: later (median of ${r.later.count})`, ms(r.later.msMedian), ...stages.map((s) => ms(r.later!.stagesMedianMs[s]))],
        ]
      : [],
  );
  console.log(table([['case', 'total', ...stages], ...rows]));
  for (const r of results) {
    if (r.fontsMs !== undefined) console.log(`   ${r.label}: buildEnv() before the first build took ${ms(r.fontsMs)} ms (font files read; not in the totals)`);
    if (r.error) console.log(`   FAILED: ${r.label}: ${r.error}`);
  }
}

function printWatch(result: WatchResult): void {
  console.log(`\n3. Watch rebuild (sl + en, A4 screen; ready after ${s2(result.readyMs && result.readyMs / 1000)} s), medians`);
  const files = [...new Set(result.edits.flatMap((e) => Object.keys(e.pdfSecondsMedian ?? {})))];
  const rows = result.edits.map((e) => [`${e.label} (${plural(e.edits.length, 'edit')})`, ...files.map((f) => s2(e.pdfSecondsMedian?.[f])), s2(e.rebuildMs && e.rebuildMs.median / 1000)]);
  console.log(table([['edit', ...files.map((f) => `${shortName(f)} build s`), 'write → previews s'], ...rows]));
  console.log('   (build s: the seconds the watch prints per PDF; write → previews: the whole rebuild, debounce and previews included)');
  for (const e of result.edits) {
    for (const a of e.setAside) console.log(`   note: ${e.label}: an edit of ${ms(a.ms)} ms was disturbed by other load and made again`);
    if (e.error) console.log(`   FAILED: ${e.label}: ${e.error}`);
  }
  if (result.error) console.log(`   FAILED: watch: ${result.error}`);
  if (result.stoppedCleanly === false) console.log('   note: the watch did not exit on SIGTERM within 5 s and was killed');
}

function printPdfs(pdfs: readonly PdfSize[]): void {
  console.log(`\n4. The ${pdfs.length} PDFs (in-process build)`);
  console.log(table([['file', 'pages', 'KB'], ...pdfs.map((p) => [p.file, String(p.pages), (p.bytes / 1024).toFixed(1)])]));
  for (const p of pdfs) {
    if (p.bytesOnDisk !== undefined && p.bytesOnDisk !== p.bytes) console.log(`   note: ${p.file} from bin/factsheet.cjs has ${p.bytesOnDisk} bytes, in-process ${p.bytes}`);
  }
}

/** Says that a part of the bench is done, while it runs. */
function progress<R extends { error?: string }>(label: string, result: R): R {
  console.log(`   ${label}: ${result.error ? 'failed' : 'done'}`);
  return result;
}

// ---------------------------------------------------------------------------------------

/** Parts of the bench `--parts` may name; the headline's cold builds always run. */
const PARTS = ['cold', 'in-process', 'watch'] as const;

function options(): { runs: number; json: string; parts: Set<string> } {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '10' }, json: { type: 'string', default: join(ROOT, 'output/bench.json') }, parts: { type: 'string', default: PARTS.join(',') } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`bench: --runs ${values.runs} is not a whole number of runs (1 or more)`);
  const parts = new Set(values.parts.split(',').map((p) => p.trim()));
  const unknown = [...parts].filter((p) => !(PARTS as readonly string[]).includes(p));
  if (unknown.length > 0) throw new Error(`bench: --parts ${unknown.join(',')}: the parts are ${PARTS.join(', ')}`);
  return { runs, json: resolve(values.json), parts };
}

async function main(): Promise<void> {
  const { runs, json, parts } = options();
  const tmp = mkdtempSync(join(tmpdir(), 'factsheet-bench-'));
  process.once('exit', () => {
    endChildren();
    rmSync(tmp, { recursive: true, force: true });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

  const info = machine();
  console.log(`factsheet bench, ${info.date}: commit ${info.commit.slice(0, 7)}${info.dirty ? ' (with uncommitted changes)' : ''}, node ${info.node}, ${info.cpus.count} × ${info.cpus.model}, load ${info.loadavgStart.join(' ')}`);

  const cases = coldCases(tmp, {
    changed: editedCopy(join(tmp, 'changed-edition'), CSV_EDIT),
    unseen: unseenEdition(EDITION, join(tmp, 'unseen-edition')),
    mid: fixtureCopy(join(tmp, 'mid-edition'), 'mid-2016-2025'),
  }).filter((c) => parts.has('cold') || HEADLINE.includes(c.id));
  const cold: ColdResult[] = [];
  for (const c of cases) cold.push(progress(`cold ${c.label}`, await measureCold(c, runs)));
  const inProcess: InProcessSummary[] = [];
  if (parts.has('in-process')) for (const c of IN_PROCESS) inProcess.push(progress(`in-process ${c.label}`, await measureInProcess(c, runs)));
  const pdfs = pdfSizes(inProcess.find((r) => r.id === 'all'), cases.find((c) => c.id === 'all')?.out ?? tmp);
  const watch: WatchResult = parts.has('watch') ? progress('watch', await measureWatch(tmp, runs)) : { edits: [] };
  const loadavgEnd = loadavg().map((l) => Number(l.toFixed(2)));

  printHeadline(cold, watch);
  printCold(cold, runs);
  if (parts.has('in-process')) printInProcess(inProcess);
  if (parts.has('watch')) printWatch(watch);
  if (pdfs.length > 0) printPdfs(pdfs);
  console.log(`\nload at the end ${loadavgEnd.join(' ')}`);

  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify({ machine: { ...info, loadavgEnd }, runs, cold, inProcess, watch, pdfs }, null, 2)}\n`);
  console.log(`wrote ${relative(process.cwd(), json) || json}`);
  const failed = [...cold, ...inProcess, ...watch.edits, watch].some((r) => r.error);
  if (failed) process.exitCode = 1;
}

await main();

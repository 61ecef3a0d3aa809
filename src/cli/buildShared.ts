/**
 * `buildPublication` for the command line, on two cores where there are two: a process
 * started from the startup snapshot builds every other language while this one builds the
 * rest, and sends its PDFs back on its standard output. Both read and check the whole
 * edition, so every problem is still reported by this process, as before; the other one
 * only saves time. If it cannot be started, fails or says anything unexpected, this process
 * builds its share too, so the result never depends on it. The PDFs are the same bytes
 * either way: each language is built from the same start (the snapshot), in the same order.
 *
 * Shared only when it pays: this process started from the snapshot (a helper started from
 * the bundle would spend longer loading than building), more than one language may be
 * built, and a core is free: the machine has two or more and the load average of the last
 * minute leaves one idle. On a busy machine the helper only adds its start and its reading
 * (about 0.4 s of CPU): measured at load 5–6 on two cores, both languages of an unseen
 * edition took 2.1 s shared against 1.7 s in one process. `FACTSHEET_PROCESSES=1` builds in
 * this process alone; `FACTSHEET_PROCESSES=2` always shares, and fails if the helper does
 * (for tests). `--times` tells this process's share.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { buildPublication, type BuildEnv, type BuildOptions, type BuiltPdf } from '../pipeline.js';
import { buildEnv } from './environment.js';

/** The hidden command that makes a process started from the snapshot build the second share (bin.ts). */
export const SHARE_COMMAND = '__build-share';

/** What the helper is told: the edition and the options of the whole build. */
interface ShareRequest {
  editionDir: string;
  options: BuildOptions;
}

/** What the helper prints: its PDFs, their bytes in base64. */
type SentPdf = Omit<BuiltPdf, 'pdf'> & { pdf: string };

const SECOND: BuildOptions['share'] = { index: 1, of: 2 };

export async function buildShared(editionDir: string, options: BuildOptions, env: BuildEnv): Promise<BuiltPdf[]> {
  const blob = snapshotBlob();
  if (blob === undefined || !worthSharing(options)) return buildPublication(editionDir, options, env);
  const helper = startHelper(blob, { editionDir, options });
  let mine: BuiltPdf[];
  try {
    mine = await buildPublication(editionDir, { ...options, share: { index: 0, of: 2 } }, env);
  } catch (e) {
    helper.child?.kill('SIGKILL');
    throw e;
  }
  let theirs = await helper.built;
  if (theirs === undefined && process.env.FACTSHEET_PROCESSES === '2') throw new Error('build: the second process (FACTSHEET_PROCESSES=2) failed');
  theirs ??= await buildPublication(editionDir, { ...options, share: SECOND }, env);
  return interleaved(mine, theirs);
}

/** The helper's side: builds the second share and prints it; exit code 1, and nothing printed, if it fails. */
export async function runShare(request: string): Promise<void> {
  try {
    const { editionDir, options } = JSON.parse(request) as ShareRequest;
    const built = await buildPublication(editionDir, { ...options, share: SECOND }, buildEnv());
    const sent: SentPdf[] = built.map((b) => ({ ...b, pdf: b.pdf.toString('base64') }));
    process.stdout.write(JSON.stringify(sent));
  } catch {
    process.exitCode = 1;
  }
}

/** The snapshot this process started from, if it did (bin/factsheet.cjs starts it with `--snapshot-blob`). */
function snapshotBlob(): string | undefined {
  const at = process.execArgv.indexOf('--snapshot-blob');
  return at >= 0 ? process.execArgv[at + 1] : undefined;
}

function worthSharing(options: BuildOptions): boolean {
  // The print shop's profile is bytes, which the request does not carry.
  if (options.outputIntent !== undefined || (options.langs !== undefined && options.langs.length < 2)) return false;
  const asked = process.env.FACTSHEET_PROCESSES;
  if (asked === '1' || asked === '2') return asked === '2';
  const cores = availableParallelism();
  // loadavg() is [0, 0, 0] on Windows: there the cores alone decide.
  return cores >= 2 && loadavg()[0] <= cores - 1;
}

/** Starts the helper at once, so that its start overlaps this process's reading and checking. */
function startHelper(blob: string, request: ShareRequest): { child?: ChildProcess; built: Promise<BuiltPdf[] | undefined> } {
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, ['--snapshot-blob', blob, '--', SHARE_COMMAND, JSON.stringify(request)], { stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return { built: Promise.resolve(undefined) };
  }
  const built = new Promise<BuiltPdf[] | undefined>((done) => {
    const chunks: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', () => done(undefined));
    child.once('close', (code) => done(code === 0 ? received(Buffer.concat(chunks).toString('utf8')) : undefined));
  });
  return { child, built };
}

function received(text: string): BuiltPdf[] | undefined {
  try {
    return (JSON.parse(text) as SentPdf[]).map((b) => ({ ...b, pdf: Buffer.from(b.pdf, 'base64') }));
  } catch {
    return undefined;
  }
}

/**
 * The two shares in the order one process builds them: by language first. Share 0 holds
 * the languages at even places of the list, share 1 those at odd places.
 */
function interleaved(first: readonly BuiltPdf[], second: readonly BuiltPdf[]): BuiltPdf[] {
  const byLang = (built: readonly BuiltPdf[]) => [...new Set(built.map((b) => b.lang))].map((lang) => built.filter((b) => b.lang === lang));
  const [a, b] = [byLang(first), byLang(second)];
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => [...(a[i] ?? []), ...(b[i] ?? [])]).flat();
}

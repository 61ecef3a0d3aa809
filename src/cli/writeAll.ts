/**
 * Writes all files of a build as one transaction. Every file is first written in full to a
 * temporary file beside its target; only then are they renamed over their targets, one by
 * one, each previous version kept as a backup. If any step fails, the files already
 * renamed are put back (their backups restored, new ones removed), and the error says
 * exactly which files were restored, removed, not written, or could not be undone.
 * Works for any number of files with any names, in one folder or several.
 *
 * It never yields to the event loop (synchronous file calls only, no await), so that a
 * signal arriving meanwhile can wait for its end (withSignalsHeld.ts).
 */
import { copyFileSync, lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CommandError } from './CommandError.js';
import { cliMessages as msg } from './messages.js';

export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

export interface WriteHooks {
  /** Called before each rename; for tests that signal the process between two renames. */
  beforeRename?: (path: string) => void;
}

interface Step {
  path: string;
  temp: string;
  /** The previous version's copy, if there was a previous version. */
  backup?: string;
  /** Rolling back failed: the target holds the new version, `backup` the previous one. */
  stuck?: boolean;
}

const beside = (path: string, ending: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${ending}`);
const reasonOf = (e: unknown) => ((e as NodeJS.ErrnoException).code ?? String(e));
const isFile = (path: string) => {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
};

export function writeAll(files: readonly OutputFile[], hooks: WriteHooks = {}): void {
  const steps: Step[] = files.map((f) => ({ path: f.path, temp: beside(f.path, 'tmp') }));
  const paths = files.map((f) => f.path);
  const twice = paths.find((p, i) => paths.indexOf(p) !== i);
  if (twice !== undefined) throw new Error(`write: ${twice} is written twice in one build`);
  try {
    files.forEach((f, i) => {
      try {
        writeFileSync(steps[i]!.temp, f.bytes);
      } catch (e) {
        throw new CommandError(msg.writeFailed({ failed: f.path, reason: reasonOf(e), restored: [], removed: [], notWritten: paths, stuck: [] }));
      }
    });
    const done: Step[] = [];
    for (const step of steps) {
      try {
        if (isFile(step.path)) {
          step.backup = beside(step.path, 'bak');
          copyFileSync(step.path, step.backup);
        }
        hooks.beforeRename?.(step.path);
        renameSync(step.temp, step.path);
        done.push(step);
      } catch (e) {
        throw new CommandError(msg.writeFailed({ failed: step.path, reason: reasonOf(e), ...rollBack(done), notWritten: paths.filter((p) => !done.some((d) => d.path === p)) }));
      }
    }
  } finally {
    for (const s of steps) {
      rmSync(s.temp, { force: true });
      // A backup that could not be put back is the only copy of the previous version: kept.
      if (s.backup && !s.stuck) rmSync(s.backup, { force: true });
    }
  }
}

/**
 * Undoes renamed files, last first; reports what was restored, removed or is stuck (for a
 * stuck file that had a previous version, where its backup is kept).
 */
function rollBack(done: Step[]): { restored: string[]; removed: string[]; stuck: string[] } {
  const out = { restored: [] as string[], removed: [] as string[], stuck: [] as string[] };
  for (const step of [...done].reverse()) {
    try {
      if (step.backup) {
        renameSync(step.backup, step.path);
        step.backup = undefined;
        out.restored.push(step.path);
      } else {
        rmSync(step.path);
        out.removed.push(step.path);
      }
    } catch {
      step.stuck = true;
      out.stuck.push(step.backup ? `${step.path} (previous version kept as ${step.backup})` : step.path);
    }
  }
  return out;
}

/**
 * Writes all files of a build as one transaction. Every file is first written in full to a
 * temporary file beside its target; only then are they renamed over their targets, one by
 * one, each previous version kept as a backup. If any step fails, the files already
 * renamed are put back (their backups restored, new ones removed), and the error says
 * exactly which files were restored, removed, not written, or could not be undone.
 * Works for any number of files with any names, in one folder or several.
 */
import { copyFileSync, lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CommandError } from './CommandError.js';
import { cliMessages as msg } from './messages.js';

export interface OutputFile {
  path: string;
  bytes: Uint8Array;
}

interface Step {
  path: string;
  temp: string;
  /** The previous version's copy, if there was a previous version. */
  backup?: string;
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

export function writeAll(files: readonly OutputFile[]): void {
  const steps: Step[] = files.map((f) => ({ path: f.path, temp: beside(f.path, 'tmp') }));
  const paths = files.map((f) => f.path);
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
        renameSync(step.temp, step.path);
        done.push(step);
      } catch (e) {
        throw new CommandError(msg.writeFailed({ failed: step.path, reason: reasonOf(e), ...rollBack(done), notWritten: paths.filter((p) => !done.some((d) => d.path === p)) }));
      }
    }
  } finally {
    for (const s of steps) {
      rmSync(s.temp, { force: true });
      if (s.backup) rmSync(s.backup, { force: true });
    }
  }
}

/** Undoes renamed files, last first; reports what was restored, removed or is stuck. */
function rollBack(done: readonly Step[]): { restored: string[]; removed: string[]; stuck: string[] } {
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
      out.stuck.push(step.path);
    }
  }
  return out;
}

/**
 * Makes sure the output folder exists and takes a file, within a time limit. A folder on
 * an offline network drive can block `mkdir` forever, and a blocked system call cannot be
 * interrupted in-process, so the probe runs in a child process that is killed at the limit.
 * The child runs while the build goes on: the command awaits it before writing anything.
 */
import { execFile } from 'node:child_process';
import { CommandError } from './CommandError.js';
import { cliMessages as msg } from './messages.js';

/**
 * Creates `dir`, writes and removes a probe file; exits 2 with `code path` on failure. It
 * ignores SIGINT, SIGTERM and SIGHUP (a terminal's Ctrl+C reaches it along with the
 * command), so it never ends between writing its probe file and removing it.
 */
const PROBE = `
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => {});
const fs = require('node:fs'), path = require('node:path');
const dir = process.argv[1];
try {
  fs.mkdirSync(dir, { recursive: true });
  const probe = path.join(dir, '.factsheet-probe-' + process.pid);
  fs.writeFileSync(probe, '');
  fs.rmSync(probe);
} catch (e) {
  process.stdout.write((e.code || 'EUNKNOWN') + ' ' + (e.path || dir));
  process.exit(2);
}`;

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
};

export interface ProbeOptions {
  timeoutMs?: number;
  /** The probe's source, for tests that need one that never returns. */
  script?: string;
}

export function probeOutputDir(dir: string, options: ProbeOptions = {}): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', options.script ?? PROBE, dir], { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL' }, (error, stdout) => {
      if (!error) return resolve();
      if ((error as { killed?: boolean }).killed) return reject(new CommandError(msg.noAnswer(dir, timeoutMs / 1000)));
      const [code = 'EUNKNOWN', ...rest] = String(stdout ?? '').split(' ');
      const path = rest.join(' ') || dir;
      if (code === 'EEXIST' || code === 'ENOTDIR') return reject(new CommandError(msg.outIsFile(path)));
      reject(new CommandError(msg.cannotWrite(path, REASONS[code] ?? code)));
    });
  });
}

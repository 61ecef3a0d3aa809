#!/usr/bin/env node
'use strict';
/**
 * The factsheet command (`npx factsheet`, `npm start`), on every system npm runs on: npm
 * links this file on POSIX systems and writes a .cmd/.ps1 shim that runs it with node on
 * Windows. It runs the compiled command line in dist/ (made by `npm ci` through `prepare`):
 *
 * - from its V8 startup snapshot, when dist/factsheet.blob.key matches this node binary
 *   and this folder (snapshotKey.cjs): a child node started with `--snapshot-blob`, since
 *   a snapshot can only be given to node at its start. The child shares stdin, stdout and
 *   stderr; its exit code, or the signal that ended it, becomes this process's. SIGINT,
 *   SIGTERM and SIGHUP sent to this process are passed on to the child, which ends its
 *   write transaction before exiting (src/cli/withSignalsHeld.ts); on Windows a console's
 *   Ctrl+C reaches the child directly, and node's kill() would end it at once, so nothing
 *   is passed on there.
 * - else from the bundle, dist/factsheet.cjs, loaded into this process (another node
 *   binary, a moved folder, no snapshot made): only slower. `watch` always takes the bundle:
 *   it imports modules when it needs them (mupdf for previews, tsx for the theme), which
 *   code from a snapshot cannot. FACTSHEET_NO_SNAPSHOT=1 always takes the bundle.
 *
 * Only node's own modules, no shell and no system tools.
 */
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
const args = process.argv.slice(2);

if (!existsSync(join(dist, 'factsheet.cjs'))) {
  console.error(`factsheet: dist/ is missing; run npm ci (or npm run build) in ${join(__dirname, '..')}`);
  process.exit(1);
}
if (snapshotFits()) startFromSnapshot();
else require(join(dist, 'factsheet.cjs'));

function snapshotFits() {
  if (process.env.FACTSHEET_NO_SNAPSHOT || args[0] === 'watch') return false;
  try {
    const { snapshotKey } = require('./snapshotKey.cjs');
    return readFileSync(join(dist, 'factsheet.blob.key'), 'utf8').trim() === snapshotKey(process.execPath, dist);
  } catch {
    return false;
  }
}

function startFromSnapshot() {
  const { spawn } = require('node:child_process');
  const { constants } = require('node:os');
  const passedOn = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  let child;
  // Listening before the child exists: from here on a signal never ends this process by
  // itself, which would leave the child running on its own.
  const passOn = (signal) => process.platform !== 'win32' && child?.kill(signal);
  for (const signal of passedOn) process.on(signal, passOn);
  // "--": everything after it is ours, even --help and --version, which node would take.
  child = spawn(process.execPath, ['--snapshot-blob', join(dist, 'factsheet.blob'), '--', ...args], { stdio: 'inherit' });
  child.on('error', (e) => {
    console.error(`factsheet: could not start node (${e.message})`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal === null) process.exit(code ?? 1);
    // Ended by a signal: end the same way, so that a shell or CI sees what happened.
    for (const s of passedOn) process.removeListener(s, passOn);
    process.kill(process.pid, signal);
    process.exit(128 + (constants.signals[signal] ?? 0));
  });
}

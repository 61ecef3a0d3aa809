/**
 * Runs a write transaction so that SIGINT (Ctrl+C), SIGTERM (a CI time-out, `kill`) and
 * SIGHUP (a closed terminal) never stop it half done.
 *
 * Outside a transaction a signal ends the process at once, as the system does by default:
 * nothing is on disk yet (a build lives in memory until it is written), so nothing is left
 * behind, and a shell reports 128 + the signal's number (130 for SIGINT, 143 for SIGTERM,
 * 129 for SIGHUP). A second signal finds nothing more to stop.
 *
 * During a transaction, which would otherwise end between two renames with one language's
 * PDF new, the other old and temporary files beside them, the signals have listeners.
 * Node runs a listener only between two tasks of its event loop, and `work` (writeAll) runs
 * from its first temporary file to its last rename or roll-back within one task, so every
 * signal that arrives meanwhile, a second one too, waits for the transaction to end. Then
 * one turn of the loop lets node read them, and the first ends the process with exit code
 * 128 + its number: every file is its new version (or, if writing failed, its previous
 * one), and no temporary file is left.
 *
 * SIGKILL cannot be held; see README, "An interrupted build".
 */
import { constants } from 'node:os';
import { cliMessages as msg } from './messages.js';

const HELD = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

export async function withSignalsHeld(work: () => void): Promise<void> {
  const stop = (signal: NodeJS.Signals) => {
    console.error(msg.stopped(signal));
    process.exit(128 + constants.signals[signal]);
  };
  for (const signal of HELD) process.on(signal, stop);
  try {
    work();
  } finally {
    // A signal that arrived during `work` is read in this turn of the loop, and ends the process.
    await new Promise((turn) => setImmediate(turn));
    // With no listener left, node gives each signal back its default action.
    for (const signal of HELD) process.removeListener(signal, stop);
  }
}

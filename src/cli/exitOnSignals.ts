/**
 * SIGINT (Ctrl+C), SIGTERM (a CI time-out, `kill`) and SIGHUP (a closed terminal) end the
 * command without leaving the output folder half replaced.
 *
 * Without a listener, the system ends node at once wherever it is: between two renames of
 * a write transaction that leaves one language's PDF new and the other old, and temporary
 * files beside them. With a listener, node acts on the signal only between two tasks of its
 * event loop, and `writeAll` runs from its first temporary file to its last rename (or
 * roll-back) within one task. So when the listener runs, this process's transaction has
 * either not begun or ended, every temporary file removed: the renames it began are
 * finished, and nothing is half done. The listener drops whatever is being built in
 * memory and ends the process at once with 128 + the signal's number, the code a shell
 * reports for a process a signal ended: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP.
 *
 * A second signal cannot stop anything sooner, or worse: signals that arrive during a
 * transaction all wait for its end, and the first listener to run ends the process.
 * (Ctrl+C in a terminal reaches the launcher and this process alike, and npm passes signals
 * on to its scripts, so one key press often arrives twice.) SIGKILL cannot be listened to.
 */
import { constants } from 'node:os';
import { cliMessages as msg } from './messages.js';

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Installs the listeners; the command line's entry calls it before anything is written. */
export function exitOnSignals(): void {
  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      console.error(msg.stopped(signal));
      process.exit(128 + constants.signals[signal]);
    });
  }
  // Node reads arrived signals while its event loop waits for work, and a listener keeps no
  // process alive: a signal that came during the last task (the transaction, say) would be
  // dropped as the process ends with 0. One more turn of the loop reads it.
  let lookedAgain = false;
  process.on('beforeExit', () => {
    if (!lookedAgain) setImmediate(() => undefined);
    lookedAgain = true;
  });
}

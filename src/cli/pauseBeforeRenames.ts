/**
 * Test only: FACTSHEET_TEST_PAUSE_BEFORE_RENAME_MS=N makes each write transaction say
 * `renaming <path>` on stderr before each rename and then wait N ms, without yielding to the
 * event loop as the transaction never does, so that a test can send a signal while some
 * files are renamed and others not (test/cli/signals.test.ts). Unset, it changes nothing.
 */
import { writeSync } from 'node:fs';
import type { WriteHooks } from './writeAll.js';

export function pauseBeforeRenames(): WriteHooks {
  const ms = Number(process.env.FACTSHEET_TEST_PAUSE_BEFORE_RENAME_MS);
  if (!(ms > 0)) return {};
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  return {
    beforeRename: (path) => {
      writeSync(2, `renaming ${path}\n`);
      Atomics.wait(sleeper, 0, 0, ms);
    },
  };
}

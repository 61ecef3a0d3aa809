/** The output folder is made and probed within a time limit; each problem is one line with the path. */
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliMessages as msg } from '../../src/cli/messages.js';
import { probeOutputDir } from '../../src/cli/probeOutputDir.js';

const folder = () => mkdtempSync(join(tmpdir(), 'factsheet-probe-'));

describe('probeOutputDir', () => {
  it('makes a missing folder, nested', async () => {
    const out = join(folder(), 'a', 'b');
    await probeOutputDir(out);
    expect(existsSync(out)).toBe(true);
  });

  it('names an --out that is a file', async () => {
    const out = join(folder(), 'leaflet.pdf');
    writeFileSync(out, '');
    await expect(probeOutputDir(out)).rejects.toThrow(msg.outIsFile(out));
  });

  it('names a folder it cannot write to', async () => {
    // Root may write anywhere a mode forbids, but not into sysfs.
    let out = '/sys/factsheet-out';
    if (process.getuid?.() !== 0) {
      out = folder();
      chmodSync(out, 0o555);
    }
    await expect(probeOutputDir(out)).rejects.toThrow(new RegExp(`^cannot write to ${out} \\((operation not permitted|permission denied)\\)`));
  });

  it('gives up on a folder that never answers, within the time limit', async () => {
    const started = Date.now();
    const hang = 'setInterval(() => {}, 1000)';
    await expect(probeOutputDir('/mnt/offline-share', { timeoutMs: 300, script: hang })).rejects.toThrow(msg.noAnswer('/mnt/offline-share', 0.3));
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

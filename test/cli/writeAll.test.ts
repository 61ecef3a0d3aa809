/**
 * Writing a build's files is one transaction: all or none, and when a step fails the
 * message says which files were restored, removed or not written.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../src/cli/CommandError.js';
import { cliMessages as msg } from '../../src/cli/messages.js';
import { writeAll } from '../../src/cli/writeAll.js';

const folder = () => mkdtempSync(join(tmpdir(), 'factsheet-write-'));
const file = (path: string, text: string) => ({ path, bytes: Buffer.from(text) });

function failure(work: () => void): CommandError {
  try {
    work();
  } catch (e) {
    if (e instanceof CommandError) return e;
    throw e;
  }
  throw new Error('expected a CommandError');
}

describe('writeAll', () => {
  it('refuses a build that writes one path twice, before touching anything (a bug, not a user error)', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.pdf'), 'old a');
    expect(() => writeAll([file(join(dir, 'a.pdf'), 'x'), file(join(dir, 'a.pdf'), 'y')])).toThrow(`write: ${join(dir, 'a.pdf')} is written twice in one build`);
    expect(readdirSync(dir)).toEqual(['a.pdf']);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('old a');
  });

  it('writes every file, replaces previous versions and leaves no temporary file', () => {
    const dir = folder();
    writeFileSync(join(dir, 'a.pdf'), 'old a');
    writeAll([file(join(dir, 'a.pdf'), 'new a'), file(join(dir, 'b.pdf'), 'new b'), file(join(dir, 'c-print.pdf'), 'new c')]);
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'b.pdf', 'c-print.pdf']);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('new a');
  });

  it('restores the first file when the second rename fails (a folder stands where the file goes)', () => {
    const dir = folder();
    const [a, b, c] = ['a.pdf', 'b.pdf', 'c.pdf'].map((n) => join(dir, n)) as [string, string, string];
    writeFileSync(a, 'old a');
    mkdirSync(b);
    const error = failure(() => writeAll([file(a, 'new a'), file(b, 'new b'), file(c, 'new c')]));
    expect(error.message).toBe(
      msg.writeFailed({ failed: b, reason: 'EISDIR', restored: [a], removed: [], notWritten: [b, c], stuck: [] }),
    );
    expect(readFileSync(a, 'utf8')).toBe('old a');
    expect(existsSync(c)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['a.pdf', 'b.pdf']);
  });

  it('removes a first file that did not exist before when a later one fails', () => {
    const dir = folder();
    const [a, b] = [join(dir, 'a.pdf'), join(dir, 'b.pdf')];
    mkdirSync(b);
    const error = failure(() => writeAll([file(a, 'new a'), file(b, 'new b')]));
    expect(error.message).toBe(msg.writeFailed({ failed: b, reason: 'EISDIR', restored: [], removed: [a], notWritten: [b], stuck: [] }));
    expect(readdirSync(dir)).toEqual(['b.pdf']);
  });

  it('changes nothing when a temporary file cannot be written', () => {
    const dir = folder();
    const a = join(dir, 'a.pdf');
    writeFileSync(a, 'old a');
    const missing = join(dir, 'no-such-folder', 'b.pdf');
    const error = failure(() => writeAll([file(a, 'new a'), file(missing, 'new b')]));
    expect(error.message).toBe(msg.writeFailed({ failed: missing, reason: 'ENOENT', restored: [], removed: [], notWritten: [a, missing], stuck: [] }));
    expect(readFileSync(a, 'utf8')).toBe('old a');
    expect(readdirSync(dir)).toEqual(['a.pdf']);
  });
});

/**
 * Reading an edition folder: encodings other than UTF-8 are named as such, Excel's
 * semicolon CSV is read like a comma one, and an empty or non-map YAML file is a clear
 * problem, each naming the file.
 */
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../src/model/Problem.js';
import { readMessages as msg } from '../../src/read/messages.js';
import { EDITION, editionWith, utf16, windows1250, type FileEdit } from '../support/editionFixture.js';
import { readLeaflet } from '../support/leafletEdition.js';

function readProblems(edits: Record<string, FileEdit>): string[] {
  const dir = editionWith(edits);
  try {
    readLeaflet(dir);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map((p) => formatProblem({ ...p, file: p.file.replace(`${dir}/`, '') }));
  }
  return [];
}

describe('readEdition', () => {
  it('names UTF-16 with a byte-order mark', () => {
    expect(readProblems({ 'text.sl.yaml': utf16(true) })).toEqual([`text.sl.yaml: ${msg.notUtf8('UTF-16 little-endian, with a byte-order mark')}`]);
  });

  it('names UTF-16 without a byte-order mark', () => {
    expect(readProblems({ 'victims.csv': utf16(false) })).toEqual([`victims.csv: ${msg.notUtf8('UTF-16 little-endian, without a byte-order mark')}`]);
  });

  it('names Windows-1250 bytes (č š ž as single bytes)', () => {
    expect(readProblems({ 'text.sl.yaml': windows1250 })).toEqual([`text.sl.yaml: ${msg.notUtf8('Windows-1250 (“ANSI”, Central European)')}`]);
  });

  it('reads a UTF-8 file with a byte-order mark and CRLF line ends', () => {
    expect(readProblems({ 'victims.csv': (t) => `\uFEFF${t.replace(/\n/g, '\r\n')}` })).toEqual([]);
  });

  it('reads Excel’s semicolon-separated CSV like the comma one', () => {
    const dir = editionWith({ 'victims.csv': (t) => t.replace(/,/g, ';'), 'origin.csv': (t) => t.replace(/,/g, ';') });
    const semicolon = readLeaflet(dir);
    const comma = readLeaflet(EDITION);
    expect(semicolon.tables.victims!.records).toEqual(comma.tables.victims!.records);
    expect(semicolon.tables.origin!.columns).toEqual(['year', 'country', 'victims', 'status']);
  });

  it('skips rows of bare separators, as spreadsheets save touched empty rows', () => {
    const dir = editionWith({ 'victims.csv': (t) => `${t},,,\n\n,,,\n` });
    expect(readLeaflet(dir).tables.victims!.records).toEqual(readLeaflet(EDITION).tables.victims!.records);
  });

  it('names an empty YAML file and an empty CSV file', () => {
    expect(readProblems({ 'publication.yaml': () => '', 'prosecution.csv': () => '\n' })).toEqual([
      `prosecution.csv: ${msg.emptyCsv()}`,
      `publication.yaml: ${msg.emptyYaml()}`,
    ]);
  });

  it('names a YAML file that is a list instead of a map of keys', () => {
    expect(readProblems({ 'text.en.yaml': () => '- title\n- subtitle\n' })).toEqual([`text.en.yaml:1: ${msg.notAMap('a list')}`]);
  });

  it('accepts an edition without origin-named.csv', () => {
    expect(readProblems({ 'origin-named.csv': () => null })).toEqual([]);
  });

  it('names an --edition that is a file, not a folder', () => {
    const file = join(editionWith(), 'victims.csv');
    expect(() => readLeaflet(file)).toThrow(`${file}: ${msg.notAFolder()}`);
  });

  it('names a file it cannot read', () => {
    const dir = editionWith();
    chmodSync(join(dir, 'victims.csv'), 0o000);
    // Root reads anything; the check only means something for an ordinary user.
    if (process.getuid?.() === 0) return;
    expect(() => readLeaflet(dir)).toThrow(msg.unreadable('EACCES'));
  });
});

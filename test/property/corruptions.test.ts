/**
 * Property: a random single corruption of the real edition (a cell replaced with junk, a
 * row deleted, a column renamed, a key or list item deleted in one text file) is either
 * harmless or reported as an InputError by the input side (read, validate, glyph check);
 * never any other error. Corruptions that must be wrong (a renamed column, a deleted text
 * key) must give an InputError. numRuns is modest so the suite stays fast.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { InputError } from '../../src/model/Problem.js';
import { leaflet } from '../../src/publications/leaflet/index.js';
import { fonts } from '../support/buildDefault.js';
import { EDITION, editionWith, type FileEdit } from '../support/editionFixture.js';
import { checkLeafletGlyphs, readLeaflet, validateLeaflet } from '../support/leafletEdition.js';

const RUNS = { numRuns: 30, seed: 7 };
const lines = (file: string) => readFileSync(join(EDITION, file), 'utf8').trimEnd().split('\n');
const csvFiles = leaflet.tables.map((t) => `${t.name}.csv`);
const junk = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', '-1', '1.5', '1,000', 'n/a', 'XA', 'unpublished', 'inferred', '2019', '99999999', '"', ';', 'č'),
);

/** Runs the input side; 'ok' or 'input' for an InputError; anything else is thrown on. */
function inputOutcome(edits: Record<string, FileEdit>): 'ok' | 'input' {
  try {
    checkLeafletGlyphs(validateLeaflet(readLeaflet(editionWith(edits))), fonts);
    return 'ok';
  } catch (e) {
    if (e instanceof InputError) return 'input';
    throw e;
  }
}

/** Every key path of a YAML text file, maps and lists alike. */
function keyPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...path, i], ...keyPaths(v, [...path, i])]);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => [[...path, k], ...keyPaths(v, [...path, k])]);
  return [];
}

describe('random single corruptions', () => {
  it('a CSV cell replaced with junk: harmless or an InputError', () => {
    const cell = fc.constantFrom(...csvFiles).chain((file) => {
      const rows = lines(file);
      return fc.record({ file: fc.constant(file), line: fc.integer({ min: 2, max: rows.length }), column: fc.nat({ max: rows[0]!.split(',').length - 1 }), value: junk });
    });
    fc.assert(
      fc.property(cell, ({ file, line, column, value }) => {
        const edit = (t: string) => t.split('\n').map((l, i) => (i === line - 1 ? l.split(',').map((c, j) => (j === column ? value : c)).join(',') : l)).join('\n');
        expect(['ok', 'input']).toContain(inputOutcome({ [file]: edit }));
      }),
      RUNS,
    );
  });

  it('a CSV row deleted (the header too): harmless or an InputError', () => {
    const row = fc.constantFrom(...csvFiles).chain((file) => fc.record({ file: fc.constant(file), line: fc.integer({ min: 1, max: lines(file).length }) }));
    fc.assert(
      fc.property(row, ({ file, line }) => {
        expect(['ok', 'input']).toContain(inputOutcome({ [file]: (t) => t.split('\n').filter((_, i) => i !== line - 1).join('\n') }));
      }),
      RUNS,
    );
  });

  it('a CSV column renamed: always an InputError', () => {
    const column = fc.constantFrom(...csvFiles).chain((file) =>
      fc.record({ file: fc.constant(file), column: fc.nat({ max: lines(file)[0]!.split(',').length - 1 }), name: fc.stringMatching(/^[a-z_]{1,12}$/) }),
    );
    fc.assert(
      fc.property(column, ({ file, column, name }) => {
        const header = lines(file)[0]!.split(',');
        fc.pre(!header.includes(name));
        const renamed = header.map((c, j) => (j === column ? name : c)).join(',');
        expect(inputOutcome({ [file]: (t) => t.replace(/^.*/, renamed) })).toBe('input');
      }),
      RUNS,
    );
  });

  it('a key or list item deleted in one text file: always an InputError', () => {
    const key = fc.constantFrom('text.sl.yaml', 'text.en.yaml').chain((file) => {
      const paths = keyPaths(parseDocument(readFileSync(join(EDITION, file), 'utf8')).toJS());
      return fc.record({ file: fc.constant(file), path: fc.constantFrom(...paths) });
    });
    fc.assert(
      fc.property(key, ({ file, path }) => {
        const edit = (t: string) => {
          const doc = parseDocument(t);
          doc.deleteIn(path);
          return doc.toString();
        };
        expect(inputOutcome({ [file]: edit })).toBe('input');
      }),
      RUNS,
    );
  });
});

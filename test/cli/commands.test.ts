/**
 * The editor's commands as a user runs them: check, new, build --final, and one-line
 * messages for folders that are files. Each spawns the CLI, so there are few of them; the
 * bad-input corpus runs in-process (test/corpus).
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliMessages } from '../../src/cli/messages.js';
import { validateMessages } from '../../src/validate/messages.js';
import { EDITION, ROOT, editionWith, setLine } from '../support/editionFixture.js';
import { factsheet } from '../support/factsheetCli.js';

const folder = () => mkdtempSync(join(tmpdir(), 'factsheet-cmd-'));

describe('factsheet check', () => {
  it('says ok for a good edition, laid out at both page sizes, and writes nothing', () => {
    // English only, to build one language instead of two.
    const edition = editionWith({ 'publication.yaml': (t) => t.replace('[sl, en]', '[en]'), 'text.sl.yaml': () => null });
    const before = readdirSync(edition).sort();
    const run = factsheet('check', '--edition', edition);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^ok: .*: thb-slovenia-2019-2024-en\.pdf \d pages, thb-slovenia-2019-2024-en-a5\.pdf \d pages, help-card-en\.pdf 2 pages, help-card-en-sheet\.pdf 2 pages; every check passed, nothing written\n$/);
    expect(readdirSync(edition).sort()).toEqual(before);
  });

  it('lists the problems and exits 1', () => {
    const edition = editionWith({ 'origin.csv': setLine(2, '2019,XA,4,published') });
    const run = factsheet('check', '--edition', edition);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`${cliMessages.inputProblems(1, false)}\n${edition}/origin.csv:2: country: ${validateMessages.notCountry('XA')}\n`);
  });
});

describe('factsheet new', () => {
  it('makes the next edition, whose empty rows check then asks to be filled', () => {
    const out = join(folder(), 'thb-slovenia-2020-2025');
    const made = factsheet('new', '--from', EDITION, '--years', '2020-2025', '--out', out);
    expect(made.code).toBe(0);
    expect(made.out).toBe(`${cliMessages.newEdition(out, [2020, 2021, 2022, 2023, 2024], [2025])}\n`);
    expect(readFileSync(join(out, 'victims.csv'), 'utf8')).toBe('year,women,men,children\n2020,27,0,0\n2021,39,1,0\n2022,3,0,2\n2023,21,0,0\n2024,17,0,0\n2025,,,\n');
    const [schemaLine, ...texts] = readFileSync(join(out, 'text.sl.yaml'), 'utf8').split('\n');
    expect(texts).toEqual(readFileSync(join(EDITION, 'text.sl.yaml'), 'utf8').split('\n').slice(1));
    // The schema reference still reaches schemas/ from wherever the new folder is.
    expect(resolve(out, schemaLine!.replace('# yaml-language-server: $schema=', ''))).toBe(join(ROOT, 'schemas/text.schema.json'));
    const check = factsheet('check', '--edition', out);
    expect(check.code).toBe(1);
    expect(check.err).toContain(`${out}/victims.csv:7: women: ${validateMessages.toFill('a whole number')}`);
    expect(check.err).toContain(`${out}/origin.csv:10: country: ${validateMessages.toFill('a country code')}`);
  });

  it('refuses to write into a folder that has files', () => {
    const out = folder();
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const run = factsheet('new', '--from', EDITION, '--years', '2020-2025', '--out', out);
    expect(run.code).toBe(1);
    expect(run.err).toBe(`factsheet: ${cliMessages.outNotEmpty(out)}\n`);
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });
});

describe('factsheet build', () => {
  it('builds the help card with --product card: screen, print and the office sheet, in each language', () => {
    const out = folder();
    const run = factsheet('build', '--product', 'card', '--edition', EDITION, '--variant', 'screen,print,sheet', '--out', out);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['help-card-en-print.pdf', 'help-card-en-sheet.pdf', 'help-card-en.pdf', 'help-card-sl-print.pdf', 'help-card-sl-sheet.pdf', 'help-card-sl.pdf']);
  });

  it('refuses the office sheet for the leaflet, naming the publication that has one, and writes nothing', () => {
    const out = folder();
    const run = factsheet('build', '--edition', EDITION, '--variant', 'sheet', '--out', out);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^factsheet: the leaflet has no sheet \(its page sizes: a4, a5; its variants: screen, print, archive\); .*--product card\n$/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('--final lists every inferred or unpublished row and writes nothing', () => {
    const out = folder();
    const run = factsheet('build', '--final', '--edition', EDITION, '--out', out);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`${EDITION}/exploitation.csv:6: status: ${validateMessages.provisional('inferred')}`);
    expect(run.err).toContain(`${EDITION}/origin.csv:3: status: ${validateMessages.provisional('unpublished')}`);
    expect(run.err.match(/status is "/g)).toHaveLength(12);
    expect(readdirSync(out)).toEqual([]);
  });

  it('names an --out that is a file and an --edition that is a file, in one line each', () => {
    const file = join(folder(), 'leaflet.pdf');
    writeFileSync(file, 'previous');
    const out = factsheet('build', '--lang', 'en', '--out', file);
    expect([out.code, out.err]).toEqual([1, `factsheet: ${cliMessages.outIsFile(file)}\n`]);
    const edition = factsheet('build', '--edition', file);
    expect([edition.code, edition.err]).toEqual([1, `factsheet: ${cliMessages.editionIsFile('--edition', file)}\n`]);
    expect(readFileSync(file, 'utf8')).toBe('previous');
  });

  it('names a language the edition is not published in, in one line', () => {
    const edition = editionWith({ 'publication.yaml': (t) => t.replace('[sl, en]', '[en]'), 'text.sl.yaml': () => null });
    const out = folder();
    const lang = factsheet('build', '--edition', edition, '--lang', 'sl', '--out', out);
    expect([lang.code, lang.err]).toEqual([1, 'factsheet: --lang sl: the edition is published in en only (publication.yaml, languages)\n']);
    expect(readdirSync(out)).toEqual([]);
  });
});

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../src/read/Problem.js';
import { readMessages } from '../../src/read/messages.js';
import { readEdition } from '../../src/read/readEdition.js';
import { validateMessages as msg } from '../../src/validate/messages.js';
import { validateEdition } from '../../src/validate/validateEdition.js';
import { EDITION, editionWith, setLine } from '../support/editionFixture.js';

/** The problems validation reports for an edited copy of the edition, as printed. */
function problemsOf(edits: Parameters<typeof editionWith>[0]): string[] {
  const dir = editionWith(edits);
  try {
    validateEdition(readEdition(dir));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map((p) => formatProblem({ ...p, file: p.file.replace(`${dir}/`, '') }));
  }
  return [];
}

describe('validateEdition', () => {
  it('accepts the real edition and sorts every table by year', () => {
    const edition = validateEdition(readEdition(EDITION));
    expect(edition.figures.victims.map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024]);
    expect(edition.figures.exploitation).toContainEqual({ year: 2022, key: 'forced_marriage', victims: 2, status: 'inferred' });
    expect(edition.publication.languages).toEqual(['sl', 'en']);
  });

  it('names file, line and column of a cell that is not a count', () => {
    expect(problemsOf({ 'victims.csv': setLine(3, '2020,27,x,0') })).toEqual([`victims.csv:3: men: ${msg.notCount('x')}`]);
  });

  it('reports a breakdown that does not add up to the year’s victims, with both numbers', () => {
    // 2021: 40 victims; the purpose table now says 41.
    const problems = problemsOf({ 'exploitation.csv': setLine(5, '2021,sexual_exploitation,41,published') });
    expect(problems).toEqual([`exploitation.csv:5: victims: ${msg.totalMismatch(2021, 41, 40)}`]);
  });

  it('reports a changed victims cell against both breakdown tables', () => {
    const problems = problemsOf({ 'victims.csv': setLine(2, '2019,7,1,0') });
    expect(problems).toEqual([
      `exploitation.csv:2: victims: ${msg.totalMismatch(2019, 7, 8)}`,
      `origin.csv:2: victims: ${msg.totalMismatch(2019, 7, 8)}`,
    ]);
  });

  it('collects every problem of every file in one report', () => {
    const problems = problemsOf({
      'assistance.csv': setLine(2, '2019,4,2'),
      'origin.csv': setLine(2, '2019,XX,4,published'),
      'prosecution.csv': (t) => t.replace('2024,8,6,0', '2024,8,6,0\n2024,1,1,1'),
    });
    expect(problems).toContain(`assistance.csv:2: row has 3 fields, the header has 4`);
    expect(problems).toContain(`origin.csv:2: country: ${msg.notCountry('XX')}`);
    expect(problems).toContain(`prosecution.csv:8: ${msg.duplicateYear(2024, 7)}`);
  });

  it('requires every year of victims.csv in the other tables, and no other year', () => {
    const problems = problemsOf({ 'assistance.csv': (t) => t.replace('2024,6,5,9\n', '2025,6,5,9\n') });
    expect(problems).toEqual([`assistance.csv:7: year: ${msg.yearExtra(2025)}`, `assistance.csv: ${msg.yearMissing(2024)}`]);
  });

  it('ties the unpublished key to the unpublished status', () => {
    const problems = problemsOf({ 'origin.csv': setLine(3, '2019,unpublished,3,inferred') });
    expect(problems).toEqual([`origin.csv:3: status: ${msg.unpublishedStatus('unpublished', 'inferred')}`]);
  });

  it('checks that the languages have the same keys, lists and placeholders', () => {
    const problems = problemsOf({
      'text.sl.yaml': (t) => t.replace(/^statement: .*$/m, 'statment: Trgovina z ljudmi.').replace('Dejstva in podatki {period}', 'Dejstva in podatki'),
    });
    // Neither language is the master, so the problem stands in the file compared second.
    expect(problems.some((p) => /^text\.en\.yaml:\d+: subtitle: placeholders \{period\} differ from .*text\.sl\.yaml's \{\}/.test(p))).toBe(true);
    expect(problems.some((p) => /^text\.sl\.yaml:\d+: statement: missing here, but present in/.test(p))).toBe(true);
    expect(problems.some((p) => /^text\.en\.yaml:\d+: statment: missing here/.test(p))).toBe(true);
  });

  it('rejects a contact placeholder that names no contact', () => {
    const problems = problemsOf({
      'text.en.yaml': (t) => t.replace('{contact.kljuc_email}', '{contact.kljuc_mail}'),
      'text.sl.yaml': (t) => t.replace('{contact.kljuc_email}', '{contact.kljuc_mail}'),
    });
    expect(problems.filter((p) => p.includes(msg.unknownContact('kljuc_mail')))).toHaveLength(2);
  });

  it('rejects an obfuscated e-mail address', () => {
    const problems = problemsOf({ 'publication.yaml': (t) => t.replace('email: info@karitas.si', 'email: info(@)karitas.si') });
    expect(problems).toEqual(['publication.yaml:19: contacts.karitas_email.email: Invalid email address']);
  });

  it('rejects a chart citing a source that is not listed', () => {
    const problems = problemsOf({ 'publication.yaml': (t) => t.replace('[govsi, 24ur', '[govsi, 42ur') });
    expect(problems).toEqual([expect.stringMatching(/^publication\.yaml:\d+: charts\.exploitation\.sources\[1\]: source "42ur"/)]);
  });

  it('names a missing file, and a missing edition folder', () => {
    const dir = editionWith();
    rmSync(join(dir, 'origin.csv'));
    expect(() => readEdition(dir)).toThrow(`${join(dir, 'origin.csv')}: ${readMessages.missingFile()}`);
    expect(() => readEdition(join(dir, 'nowhere'))).toThrow(`${join(dir, 'nowhere')}: ${readMessages.noEdition()}`);
  });
});

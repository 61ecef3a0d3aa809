import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../src/model/Problem.js';
import { readMessages } from '../../src/read/messages.js';
import { validateMessages as msg } from '../../src/validate/messages.js';
import { EDITION, editionWith, setLine } from '../support/editionFixture.js';
import { readLeaflet, validateLeaflet } from '../support/leafletEdition.js';
import { leafletMessages as lmsg } from '../../src/publications/leaflet/messages.js';

/** The problems validation reports for an edited copy of the edition, as printed. */
function problemsOf(edits: Parameters<typeof editionWith>[0]): string[] {
  const dir = editionWith(edits);
  try {
    validateLeaflet(readLeaflet(dir));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map((p) => formatProblem({ ...p, file: p.file.replace(`${dir}/`, '') }));
  }
  return [];
}

describe('validateEdition', () => {
  it('accepts the real edition and sorts every table by year', () => {
    const edition = validateLeaflet(readLeaflet(EDITION));
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
    expect(problems).toEqual([`exploitation.csv:5: victims: ${lmsg.totalMismatch(2021, 41, 40)}`]);
  });

  it('reports a changed victims cell against both breakdown tables', () => {
    const problems = problemsOf({ 'victims.csv': setLine(2, '2019,7,1,0') });
    expect(problems).toEqual([
      `exploitation.csv:2: victims: ${lmsg.totalMismatch(2019, 7, 8)}`,
      `origin.csv:2: victims: ${lmsg.totalMismatch(2019, 7, 8)}`,
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
    expect(problems).toEqual([`assistance.csv:7: year: ${lmsg.yearExtra(2025)}`, `assistance.csv: ${lmsg.yearMissing(2024)}`]);
  });

  it('ties the unpublished key to the unpublished status', () => {
    const problems = problemsOf({ 'origin.csv': setLine(3, '2019,unpublished,3,inferred') });
    expect(problems).toEqual([`origin.csv:3: status: ${lmsg.unpublishedStatus('unpublished', 'inferred')}`]);
  });

  it('checks that the languages have the same keys, lists and placeholders', () => {
    const problems = problemsOf({
      'text.sl.yaml': (t) => t.replace('Dejstva in podatki {period}', 'Dejstva in podatki').replace('    - suženjstvo\n', ''),
    });
    // Neither language is the master, so the problem stands in the file compared second.
    expect(problems.some((p) => /^text\.en\.yaml:\d+: subtitle: placeholders \{period\} differ from .*text\.sl\.yaml's \{\}/.test(p))).toBe(true);
    expect(problems.some((p) => /^text\.en\.yaml:\d+: forms\.items: list has 8 items, .*text\.sl\.yaml has 7/.test(p))).toBe(true);
  });

  it('reports a misspelt key as unknown and the key it should be as missing, by file and key path', () => {
    const problems = problemsOf({ 'text.sl.yaml': (t) => t.replace(/^statement: /m, 'statment: ') });
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^text\\.sl\\.yaml:\\d+: statement: ${msg.missingKey('a text')}$`)),
      expect.stringMatching(/^text\.sl\.yaml:41: statment: unknown key \(a typo\?\); expected one of: .*statement/),
    ]);
  });

  it('reports a nested unknown key with its key path and the keys allowed there', () => {
    const problems = problemsOf({ 'text.en.yaml': (t) => t.replace('  women: Women\n', '  women: Women\n  woman: Women\n') });
    expect(problems).toEqual([`text.en.yaml:58: victims.woman: ${msg.unknownKey(['heading', 'women', 'men', 'children'])}`]);
  });

  it('reports a text of the wrong kind, and an empty text', () => {
    const problems = problemsOf({
      'text.en.yaml': (t) => t.replace('  women: Women\n', '  women: [Women]\n').replace('total: Total', 'total: ""'),
    });
    expect(problems).toEqual([`text.en.yaml:15: total: ${msg.wrongType('a text', 'an empty text')}`, `text.en.yaml:57: victims.women: ${msg.wrongType('a text', 'a list')}`]);
  });

  it('lets only texts of the leaflet body mark words in another language', () => {
    const problems = problemsOf({ 'text.en.yaml': (t) => t.replace('total: Total', 'total: "{sl:Skupaj}"') });
    expect(problems).toEqual([`text.en.yaml:15: total: ${msg.foreignNotHere('{sl:Skupaj}')}`]);
  });

  it('reports a placeholder typo by file and key, with the placeholders that text may use', () => {
    const problems = problemsOf({ 'text.sl.yaml': (t) => t.replace('Dejstva in podatki {period}', 'Dejstva in podatki {perod}') });
    expect(problems).toContain(`text.sl.yaml:7: subtitle: ${msg.unknownPlaceholder('perod', ['period', 'contact.*'])}`);
  });

  it('allows only the placeholders a text’s place fills', () => {
    const problems = problemsOf({ 'text.en.yaml': (t) => t.replace('page_label: Page {page} of {pages}', 'page_label: Page {page} of {pages}, {period}') });
    expect(problems).toEqual([`text.en.yaml:12: page_label: ${msg.unknownPlaceholder('period', ['page', 'pages'])}`]);
  });

  it('reports a purpose typo against exploitation.csv and its line, not the text files', () => {
    const problems = problemsOf({ 'exploitation.csv': setLine(3, '2019,servitud,2,published') });
    expect(problems).toEqual([expect.stringMatching(/^exploitation\.csv:3: purpose: purpose "servitud" is not a known purpose: .*text\.sl\.yaml and text\.en\.yaml/)]);
  });

  it('checks countries against the ISO 3166-1 list, not against the names Intl knows', () => {
    const problems = problemsOf({
      'origin.csv': setLine(2, '2019,XA,4,published'),
      'origin-named.csv': (t) => t.replace('2023,BA', '2023,ZZ').replace('2023,ME', '2023,EZ').replace('2024,CO', '2024,unpublished'),
    });
    expect(problems).toEqual([
      `origin.csv:2: country: ${msg.notCountry('XA')}`,
      `origin-named.csv:2: country: ${msg.notNamedCountry('ZZ')}`,
      `origin-named.csv:3: country: ${msg.notNamedCountry('EZ')}`,
      `origin-named.csv:14: country: ${msg.notNamedCountry('unpublished')}`,
    ]);
  });

  it('reports a country named twice for the same year', () => {
    expect(problemsOf({ 'origin-named.csv': (t) => `${t}2024,BA\n` })).toEqual([`origin-named.csv:15: ${lmsg.duplicateNamed(2024, 'BA', 10)}`]);
  });

  it('reports empty cells as to be filled, with file and line', () => {
    expect(problemsOf({ 'prosecution.csv': setLine(7, '2024,,6,') })).toEqual([
      `prosecution.csv:7: suspects: ${msg.toFill('a whole number')}`,
      `prosecution.csv:7: convicted: ${msg.toFill('a whole number')}`,
    ]);
  });

  it('accepts an English-only publication without Slovenian citations or texts', () => {
    const dir = editionWith({
      'publication.yaml': (t) => t.replace('[sl, en]', '[en]').replace(/^ {4}sl: .*\n/gm, ''),
      'text.sl.yaml': () => null,
    });
    expect(validateLeaflet(readLeaflet(dir)).publication.languages).toEqual(['en']);
  });

  it('still asks for the citation of every language the publication is in', () => {
    const problems = problemsOf({ 'publication.yaml': (t) => t.replace(/^ {4}sl: 24ur.*\n/m, '') });
    expect(problems).toEqual([`publication.yaml:39: sources.24ur.sl: ${msg.missingCitation('sl')}`]);
  });

  it('accepts a period with no named countries, and no origin-named.csv at all', () => {
    for (const edit of [() => 'year,country\n', () => null]) {
      expect(validateLeaflet(readLeaflet(editionWith({ 'origin-named.csv': edit }))).figures.originNamed).toEqual([]);
    }
  });

  it('accepts a year with 0 victims without breakdown rows', () => {
    // 2020 becomes a year with no victims; its purpose and origin rows go.
    const edition = validateLeaflet(readLeaflet(
        editionWith({
          'victims.csv': setLine(3, '2020,0,0,0'),
          'exploitation.csv': (t) => t.replace('2020,unpublished,27,unpublished\n', ''),
          'origin.csv': (t) => t.replace('2020,unpublished,27,unpublished\n', ''),
        }),
      ),
    );
    expect(edition.figures.exploitation.some((r) => r.year === 2020)).toBe(false);
  });

  it('still asks for breakdown rows of a year with victims', () => {
    expect(problemsOf({ 'origin.csv': (t) => t.replace('2020,unpublished,27,unpublished\n', '') })).toEqual([`origin.csv: ${lmsg.yearMissing(2020)}`]);
  });

  it('names the kinds a contact may be', () => {
    const problems = problemsOf({ 'publication.yaml': (t) => t.replace('police_emergency: { tel: "113" }', 'police_emergency: { phone: "113" }') });
    expect(problems).toEqual([`publication.yaml:12: contacts.police_emergency: ${msg.contactKind()}`]);
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
    expect(problems).toEqual([`publication.yaml:20: contacts.karitas_email.email: ${msg.wrongType('an e-mail address (name@example.si)', '"info(@)karitas.si"')}`]);
  });

  it('rejects a chart citing a source that is not listed', () => {
    const problems = problemsOf({ 'publication.yaml': (t) => t.replace('[govsi, 24ur', '[govsi, 42ur') });
    expect(problems).toEqual([expect.stringMatching(/^publication\.yaml:\d+: charts\.exploitation\.sources\[1\]: source "42ur"/)]);
  });

  it('rejects a house-style country name for a code not on the ISO list, and an empty one, together, naming each field', () => {
    const problems = problemsOf({ 'publication.yaml': (t) => t.replace('  CN: { en: China }', '  XA: { en: Pseudo }\n  CN: { en: "" }') });
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`^publication\\.yaml:\\d+: countries\\.XA: ${msg.unknownCountry('XA').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)),
      expect.stringMatching(new RegExp(`^publication\\.yaml:\\d+: countries\\.CN\\.en: ${msg.wrongType('a text', 'an empty text')}$`)),
    ]);
  });

  it('names a missing file, and a missing edition folder', () => {
    const dir = editionWith();
    rmSync(join(dir, 'origin.csv'));
    expect(() => readLeaflet(dir)).toThrow(`${join(dir, 'origin.csv')}: ${readMessages.missingFile()}`);
    expect(() => readLeaflet(join(dir, 'nowhere'))).toThrow(`${join(dir, 'nowhere')}: ${readMessages.noEdition()}`);
  });
});

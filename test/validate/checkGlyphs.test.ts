/**
 * Every printed string is checked against the fonts before layout, and a character they
 * lack is reported with the file and key (or table and country code) it comes from.
 */
import { describe, expect, it } from 'vitest';
import type { FontSet } from '../../src/fonts/FontSet.js';
import { InputError, formatProblem } from '../../src/model/Problem.js';
import { validateMessages as msg } from '../../src/validate/messages.js';
import { fonts } from '../support/buildDefault.js';
import { EDITION, editionWith, setLine, type FileEdit } from '../support/editionFixture.js';
import { checkLeafletGlyphs, readLeaflet, validateLeaflet } from '../support/leafletEdition.js';

function glyphProblems(edits: Record<string, FileEdit>, fontSet: FontSet = fonts): string[] {
  const dir = editionWith(edits);
  try {
    checkLeafletGlyphs(validateLeaflet(readLeaflet(dir)), fontSet);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.problems.map((p) => formatProblem({ ...p, file: p.file.replace(`${dir}/`, '') }));
  }
  return [];
}

describe('checkGlyphs', () => {
  it('passes the real edition', () => {
    expect(() => checkLeafletGlyphs(validateLeaflet(readLeaflet(EDITION)), fonts)).not.toThrow();
  });

  it('names the text file and key of a character the fonts lack', () => {
    const problems = glyphProblems({ 'text.sl.yaml': (t) => t.replace('title: Trgovina z ljudmi v Sloveniji', 'title: Trgovina z ljudmi v Sloveniji ★') });
    expect(problems).toEqual([`text.sl.yaml: title: ${msg.missingGlyphs(['★'])}`]);
  });

  it('checks chart labels too: a purpose name and a status word', () => {
    const problems = glyphProblems({
      'text.en.yaml': (t) => t.replace('forced_marriage: Forced marriage', 'forced_marriage: Forced marriage ⚠').replace('inferred: Inferred figure', 'inferred: Inferred figure ✱'),
    });
    expect(problems).toEqual([
      `text.en.yaml: charts.status.inferred: ${msg.missingGlyphs(['✱'])}`,
      `text.en.yaml: charts.purposes.forced_marriage: ${msg.missingGlyphs(['⚠'])}`,
    ]);
  });

  it('checks citations in publication.yaml', () => {
    const problems = glyphProblems({ 'publication.yaml': (t) => t.replace('en: 24ur.com, June 2023', 'en: 24ur.com ☎, June 2023') });
    expect(problems).toEqual([`publication.yaml: sources.24ur.en: ${msg.missingGlyphs(['☎'])}`]);
  });

  it('checks the country names the charts print, naming the table and code', () => {
    // Fonts that lack ü: the ISO list's English name of TR, Türkiye, cannot be printed.
    const noUmlaut: FontSet = { ...fonts, missing: (text) => ([...text].includes('ü') ? ['ü'] : []) };
    const problems = glyphProblems({ 'origin.csv': setLine(2, '2019,TR,4,published') }, noUmlaut);
    expect(problems).toEqual([`origin.csv: country TR (en: Türkiye): ${msg.missingGlyphs(['ü'])}`]);
  });

  it('checks a country name publication.yaml gives, naming its field there', () => {
    // Fonts that lack ô: the leaflet names CI Côte d’Ivoire in English.
    const noCircumflex: FontSet = { ...fonts, missing: (text) => ([...text].includes('ô') ? ['ô'] : []) };
    const problems = glyphProblems({ 'origin.csv': setLine(2, '2019,CI,4,published') }, noCircumflex);
    expect(problems).toEqual([`publication.yaml: countries.CI.en: ${msg.missingGlyphs(['ô'])}`]);
  });
});

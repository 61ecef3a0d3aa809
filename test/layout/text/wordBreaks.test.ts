import { describe, expect, it } from 'vitest';
import { emergencyBreaks, wordBreaks } from '../../../src/layout/text/wordBreaks.js';

const fake = (word: string) => (word.length >= 6 ? [word.slice(0, 3), word.slice(3)] : [word]);

describe('wordBreaks', () => {
  it('offers the hyphenator’s points within each letter run', () => {
    expect(wordBreaks('(abcdef),', fake)).toEqual([{ offset: 4, kind: 'hyphen' }]);
  });

  it('offers a break after an inner hyphen, and hyphenates both halves', () => {
    expect(wordBreaks('abcdef-ghijkl', fake).map((b) => [b.offset, b.kind])).toEqual([
      [3, 'hyphen'],
      [7, 'dash'],
      [10, 'hyphen'],
    ]);
  });

  it('offers nothing in numbers, addresses, mail and abbreviations', () => {
    for (const token of ['2019–2024', 'www.gov.si', 'info@karitas.si', 'https://abcdef', 'abcdef2', 'e.g.']) {
      expect(wordBreaks(token, fake)).toEqual([]);
    }
  });
});

describe('emergencyBreaks', () => {
  const oneEach = (from: number, to: number) => to - from;

  it('breaks a too-wide URL after // and before single slashes and dots', () => {
    const url = 'https://ab.cd/ef';
    const offsets = emergencyBreaks(url, [], oneEach, 100).map((b) => url.slice(0, b.offset) + '|' + url.slice(b.offset));
    expect(offsets).toEqual(['https://|ab.cd/ef', 'https://ab|.cd/ef', 'https://ab.cd|/ef']);
  });

  it('breaks between any two characters where the punctuation does not make pieces narrow enough', () => {
    const breaks = emergencyBreaks('abcdef/gh', [], oneEach, 4);
    expect(breaks.filter((b) => b.kind === 'anywhere').map((b) => b.offset)).toEqual([1, 2, 3, 4, 5]);
    expect(breaks.filter((b) => b.kind === 'emergency').map((b) => b.offset)).toEqual([6]);
  });

  it('never breaks a figure, however narrow the line: it overflows and layout reports it', () => {
    for (const figure of ['1.000.000', '1,000,000', '25.000,5', '2019', '(1.234)', '12%']) {
      expect(emergencyBreaks(figure, [], oneEach, 2)).toEqual([]);
    }
    expect(emergencyBreaks('abc1.000', [], oneEach, 2).length).toBeGreaterThan(0);
  });
});

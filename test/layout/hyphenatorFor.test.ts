import { describe, expect, it } from 'vitest';
import { hyphenatorFor } from '../../src/layout/hyphenatorFor.js';

describe('hyphenatorFor', () => {
  it('splits English words with the en-us patterns', () => {
    expect(hyphenatorFor('en')('trafficking')).toEqual(['traf', 'fick', 'ing']);
  });

  it('splits Slovenian words with the sl patterns', () => {
    expect(hyphenatorFor('sl')('izkoriščanja')).toEqual(['iz', 'ko', 'ri', 'šča', 'nja']);
  });

  it('keeps words of fewer than six letters whole', () => {
    expect(hyphenatorFor('en')('human')).toEqual(['human']);
    expect(hyphenatorFor('sl')('žrtev')).toEqual(['žrtev']);
  });

  it('leaves at least two letters before and three after a break', () => {
    // The sl patterns alone give "ti-on" at the end; "-on" is too short to carry over.
    expect(hyphenatorFor('sl')('Hyphenation')).toEqual(['Hyphe', 'na', 'tion']);
    for (const lang of ['sl', 'en'] as const) {
      for (const word of ['organizations', 'preiskovalcev', 'Ministrstvo', 'beings']) {
        const parts = hyphenatorFor(lang)(word);
        expect(parts.join('')).toBe(word);
        expect(parts[0]!.length).toBeGreaterThanOrEqual(2);
        expect(parts[parts.length - 1]!.length).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

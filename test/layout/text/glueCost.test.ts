import { describe, expect, it } from 'vitest';
import { breakCosts } from '../../../src/layout/text/breakCosts.js';
import { glueCost } from '../../../src/layout/text/glueCost.js';

describe('glueCost', () => {
  it('is free between ordinary words', () => {
    expect(glueCost('human', 'beings')).toBe(0);
  });

  it('discourages parting a number from its unit or a sign from its number', () => {
    expect(glueCost('85', '%')).toBe(breakCosts.numberUnit);
    expect(glueCost('5', 'let')).toBe(breakCosts.numberUnit);
    expect(glueCost('€', '100')).toBe(breakCosts.numberUnit);
    expect(glueCost('080', '12')).toBe(breakCosts.numberUnit);
  });

  it('discourages a one-letter word at a line end and a dash at a line start', () => {
    expect(glueCost('v', 'Sloveniji')).toBe(breakCosts.oneLetterWord);
    expect(glueCost('Ključ', '–')).toBe(breakCosts.beforeDash);
  });
});

/** The help card's theme, against the rules: type sizes and text contrast on the white card. */
import { describe, expect, it } from 'vitest';
import { contrast } from '../../../src/graphics/Color.js';
import { id1Theme } from '../../../src/publications/help-card/themes.js';

const styles = Object.entries(id1Theme.type);

describe('the help card theme', () => {
  it.each(styles)('sets %s at 6 pt or more', (_name, style) => {
    expect(style.size).toBeGreaterThanOrEqual(6);
  });

  it('sets the heading, the numbers (lead) and the contact lines at 7 pt or more', () => {
    for (const name of ['h1', 'lead', 'body', 'small'] as const) expect(id1Theme.type[name].size).toBeGreaterThanOrEqual(7);
  });

  // The card is white paper: every text colour, links included, is at least 7:1 against it.
  it.each([...styles.filter(([name]) => !name.startsWith('banner')), ['link', { color: id1Theme.colors.link }] as const])('gives %s text a contrast of at least 7:1 on the white card', (_name, style) => {
    expect(contrast(style.color, id1Theme.colors.white)).toBeGreaterThanOrEqual(7);
  });

  it('writes every text colour as black ink alone in CMYK', () => {
    for (const [, style] of styles.filter(([name]) => !name.startsWith('banner'))) expect(style.color.cmyk.slice(0, 3)).toEqual([0, 0, 0]);
  });
});

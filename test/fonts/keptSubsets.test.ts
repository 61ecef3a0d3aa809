/**
 * A PDF's font subset keeps its encoding by the glyphs it holds (src/fonts/FontSet.ts): a
 * later subset of the same glyphs gets the same font file, and the parts of composite
 * glyphs (Ž is Z and a caron) are added to it as encoding them added them the first time.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import { ROOT } from '../support/editionFixture.js';

type Subset = { glyphs: number[]; includeGlyph(id: number): number; encode(): Uint8Array };

const fonts = loadFontSet(join(ROOT, 'fonts'));

/** A fresh PDF's subset of the regular font holding the glyphs of `text`, encoded. */
function encoded(text: string) {
  const font = fonts.pdfFonts().regular;
  const subset = font.createSubset() as unknown as Subset;
  for (const glyph of font.layout(text).glyphs) subset.includeGlyph(glyph.id);
  const before = subset.glyphs.length;
  const bytes = Buffer.from(subset.encode());
  return { bytes, glyphs: [...subset.glyphs], added: subset.glyphs.length - before };
}

describe('font subsets of the same glyphs', () => {
  it('give the same font file and the same glyphs, composite parts included', () => {
    const first = encoded('Žrtve ŠČ Trafficking');
    expect(first.added).toBeGreaterThan(0);
    const later = encoded('Žrtve ŠČ Trafficking');
    expect(later.glyphs).toEqual(first.glyphs);
    expect(later.bytes.equals(first.bytes)).toBe(true);
  });

  it('encode other glyphs anew', () => {
    const other = encoded('Moški');
    expect(other.bytes.equals(encoded('Žrtve ŠČ Trafficking').bytes)).toBe(false);
    expect(other.bytes.length).toBeGreaterThan(0);
  });
});

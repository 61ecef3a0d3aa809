/**
 * The one set of font files that layout measures with and paint embeds.
 * Loaded once by the command-line entry (or a test) and passed down.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

export type FontKey = 'regular' | 'italic' | 'semibold' | 'bold';

export const FONT_KEYS: readonly FontKey[] = ['regular', 'italic', 'semibold', 'bold'];

/** The family name charts use in SVG; paint maps it back to these files. */
export const FONT_FAMILY = 'Source Sans 3';

const FILES: Record<FontKey, string> = {
  regular: 'SourceSans3-Regular.ttf',
  italic: 'SourceSans3-Italic.ttf',
  semibold: 'SourceSans3-SemiBold.ttf',
  bold: 'SourceSans3-Bold.ttf',
};

export interface FontSet {
  /** Raw font file bytes, for pdfkit's `registerFont`. */
  data: Record<FontKey, Buffer>;
  /** Advance width of `text` at `size` pt, with the font's default shaping (kerning, ligatures). */
  width(text: string, font: FontKey, size: number): number;
  /** Ascender and descender (descender negative) at `size` pt. */
  ascent(font: FontKey, size: number): number;
  descent(font: FontKey, size: number): number;
  /** Characters of `text` the font has no glyph for. */
  missing(text: string, font: FontKey): string[];
}

export function loadFontSet(dir: string): FontSet {
  const data = {} as Record<FontKey, Buffer>;
  const fonts = {} as Record<FontKey, fontkit.Font>;
  for (const key of FONT_KEYS) {
    data[key] = readFileSync(join(dir, FILES[key]));
    fonts[key] = fontkit.create(data[key]) as fontkit.Font;
  }
  // Shaping is the costly part and the same words recur in every line-breaking pass.
  const cache = new Map<string, number>();
  return {
    data,
    width(text, font, size) {
      const k = `${font}\u0000${text}`;
      let units = cache.get(k);
      if (units === undefined) {
        units = fonts[font].layout(text).advanceWidth / fonts[font].unitsPerEm;
        cache.set(k, units);
      }
      return units * size;
    },
    ascent: (font, size) => (fonts[font].ascent / fonts[font].unitsPerEm) * size,
    descent: (font, size) => (fonts[font].descent / fonts[font].unitsPerEm) * size,
    missing(text, font) {
      const out = new Set<string>();
      for (const ch of text) {
        if (/\s|\u00ad/u.test(ch)) continue;
        if (!fonts[font].hasGlyphForCodePoint(ch.codePointAt(0)!)) out.add(ch);
      }
      return [...out];
    },
  };
}

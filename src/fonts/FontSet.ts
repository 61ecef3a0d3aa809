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
  /**
   * The fonts for one PDF, for pdfkit's `registerFont`: the fonts parsed here, shared, each
   * with a glyph cache of its own for pdfkit's subset, and shaping every text from the
   * set's cache, so no PDF parses a font or shapes a word that layout has shaped already.
   */
  pdfFonts(): Record<FontKey, fontkit.Font>;
  /** Advance width of `text` at `size` pt, with the font's default shaping (kerning, ligatures). */
  width(text: string, font: FontKey, size: number): number;
  /** Ascender and descender (descender negative) at `size` pt. */
  ascent(font: FontKey, size: number): number;
  descent(font: FontKey, size: number): number;
  /** Characters of `text` the font has no glyph for. */
  missing(text: string, font: FontKey): string[];
}

/** A text shaped with the font's default features, in font units. */
interface Shaped {
  glyphs: fontkit.Glyph[];
  positions: fontkit.GlyphPosition[];
  advanceWidth: number;
}

export function loadFontSet(dir: string): FontSet {
  const fonts = {} as Record<FontKey, fontkit.Font>;
  for (const key of FONT_KEYS) fonts[key] = fontkit.create(readFileSync(join(dir, FILES[key]))) as fontkit.Font;
  // Shaping is the costly part and the same words recur in every line-breaking pass and in
  // every PDF. The glyphs kept are the ones shaping made, so they carry the code points of
  // their text (a ligature's two letters), which pdfkit writes into ToUnicode.
  const shaped = Object.fromEntries(FONT_KEYS.map((key) => [key, new Map<string, Shaped>()])) as Record<FontKey, Map<string, Shaped>>;
  const shape = (font: FontKey, text: string): Shaped => {
    let run = shaped[font].get(text);
    if (run === undefined) {
      const { glyphs, positions, advanceWidth } = fonts[font].layout(text);
      run = { glyphs, positions, advanceWidth };
      shaped[font].set(text, run);
    }
    return run;
  };
  // Every text is checked against every font before layout; each character is looked up once.
  const has = Object.fromEntries(
    FONT_KEYS.map((key) => {
      const known = new Map<string, boolean>();
      return [
        key,
        (ch: string) => {
          let found = known.get(ch);
          if (found === undefined) {
            found = /\s|\u00ad/u.test(ch) || fonts[key].hasGlyphForCodePoint(ch.codePointAt(0)!);
            known.set(ch, found);
          }
          return found;
        },
      ];
    }),
  ) as Record<FontKey, (ch: string) => boolean>;
  return {
    pdfFonts: () => Object.fromEntries(FONT_KEYS.map((key) => [key, pdfFont(fonts[key], (text) => shape(key, text))])) as Record<FontKey, fontkit.Font>,
    width: (text, font, size) => (shape(font, text).advanceWidth / fonts[font].unitsPerEm) * size,
    ascent: (font, size) => (fonts[font].ascent / fonts[font].unitsPerEm) * size,
    descent: (font, size) => (fonts[font].descent / fonts[font].unitsPerEm) * size,
    missing(text, font) {
      const out = new Set<string>();
      for (const ch of text) if (!has[font](ch)) out.add(ch);
      return [...out];
    },
  };
}

/**
 * The shared font as one PDF sees it. Its tables are the shared font's (parsed once); its
 * glyph cache is its own, because the subset pdfkit writes makes glyph objects too (for
 * composite glyphs' parts) without code points, and a glyph object keeps the code points
 * it was first made with: shared, a later PDF's ToUnicode would lose letters ("Traffi king").
 * `layout` answers from the set's shaping: pdfkit scales the positions it gets in place, so
 * each answer is a fresh copy of them. Its subsets keep their encodings (`withKeptEncoding`).
 */
function pdfFont(shared: fontkit.Font, shape: (text: string) => Shaped): fontkit.Font {
  const font = Object.create(shared) as fontkit.Font & { _glyphs: object };
  font._glyphs = {};
  // Made on this font, so that the glyph objects subsetting makes go to its own cache.
  const createSubset = shared.createSubset;
  font.createSubset = () => withKeptEncoding(createSubset.call(font) as unknown as Subset, encodingsOf(shared)) as unknown as fontkit.Subset;
  font.layout = ((text: string, features?: unknown) => {
    if (features !== undefined) throw new Error('fonts: pdfkit asked for shaping with features, which layout never measured');
    const { glyphs, positions } = shape(text);
    const copies = positions.map((p) => ({ ...p }));
    return {
      glyphs,
      positions: copies,
      get advanceWidth() {
        return copies.reduce((sum, p) => sum + p.xAdvance, 0);
      },
    };
  }) as unknown as fontkit.Font['layout'];
  return font;
}

/** What this module uses of fontkit's subset, which @types/fontkit does not declare. */
interface Subset {
  glyphs: number[];
  includeGlyph(glyph: number): number;
  encode(): Uint8Array;
}

interface Encoding {
  bytes: Uint8Array;
  /** The subset's glyphs after encoding: encoding adds the parts of composite glyphs. */
  glyphs: number[];
}

/** Subsets encoded so far, per shared font, by their glyph ids in order. */
const encodings = new WeakMap<fontkit.Font, Map<string, Encoding>>();
/** More would only hold a long `watch` session's old glyph sets. */
const MAX_ENCODINGS = 64;

function encodingsOf(shared: fontkit.Font): Map<string, Encoding> {
  let kept = encodings.get(shared);
  if (kept === undefined) encodings.set(shared, (kept = new Map()));
  if (kept.size > MAX_ENCODINGS) kept.clear();
  return kept;
}

/**
 * The subset, its encoding kept by the glyphs it holds: the same glyphs give the same font
 * file, and every variant of a language and size, and every `watch` rebuild that adds no
 * letter, embeds the same glyphs. A kept encoding adds the parts of composite glyphs to
 * the subset as encoding them did, so the PDF's widths and ToUnicode are as before.
 */
function withKeptEncoding(subset: Subset, kept: Map<string, Encoding>): Subset {
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    const key = subset.glyphs.join(',');
    const known = kept.get(key);
    if (known === undefined) {
      const bytes = encode();
      kept.set(key, { bytes, glyphs: [...subset.glyphs] });
      return bytes;
    }
    for (const glyph of known.glyphs.slice(subset.glyphs.length)) subset.includeGlyph(glyph);
    return known.bytes;
  };
  return subset;
}

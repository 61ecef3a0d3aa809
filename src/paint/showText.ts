/**
 * Writes one laid-out run of text as PDF text operators (`BT … TJ ET`) from the glyphs the
 * font set has shaped, in place of pdfkit's `text()`. Layout has decided where the run goes,
 * so nothing here measures, wraps or aligns: `text()` measured every run twice more and
 * copied and rescaled its glyph positions once per PDF, which was most of painting a page.
 *
 * The operators are the ones pdfkit 0.20 writes for `text(t, x, y, { lineBreak: false,
 * baseline: 'alphabetic' })` (`_fragment` in node_modules/pdfkit/js/pdfkit.js), from the
 * same glyphs (the text cut after each space or tab, as pdfkit cuts it, each piece shaped
 * once by the font set), so the bytes of a PDF are the same. Glyphs go into pdfkit's subset
 * of the font as its `encode` puts them (widths, and the code points ToUnicode maps them
 * back to), so the subset embedded, ToUnicode and text extraction stay pdfkit's own.
 */
import type { FontKey } from '../fonts/FontSet.js';
import type * as fontkit from 'fontkit';

/** What this module uses of pdfkit's document and embedded font, which its types do not declare. */
interface PdfkitInternals {
  _font: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: string): unknown;
}

interface EmbeddedFont {
  id: string;
  /** The fontkit font pdfkit was given (FontSet.pdfFonts: shaping answered from the set's cache). */
  font: fontkit.Font;
  /** 1000 / units per em. */
  scale: number;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

/** pdfkit's number formatting (PDFObject.number): six decimals at most. */
const num = (n: number) => Math.round(n * 1e6) / 1e6;

/** Paints `text` in `font` at `size` pt with its baseline at (x, y), pt from the page top, in the current fill colour. */
export function showText(doc: PDFKit.PDFDocument, font: FontKey, size: number, x: number, y: number, text: string): void {
  doc.font(font).fontSize(size);
  const pdf = doc as unknown as PdfkitInternals;
  const embedded = pdf._font;
  const [hex, adjust] = encode(embedded, text.replace(/\n/g, ''));
  if (hex.length === 0) return;
  const height = pdf.page.height;
  pdf.page.fonts[embedded.id] ??= embedded.ref();
  // One TJ: runs of glyph codes, each followed by its last glyph's kerning in 1/1000 em.
  const commands: string[] = [];
  let last = 0;
  for (let i = 0; i < hex.length; i++) {
    if (adjust[i] !== 0 || i === hex.length - 1) {
      commands.push(`<${hex.slice(last, i + 1).join('')}> ${num(-adjust[i]!)}`);
      last = i + 1;
    }
  }
  // pdfkit's save, flip to y up, text, restore, written at once (it ends each operator with
  // a line break as it writes it): the matrix is back as it was, so pdfkit's record of it
  // (for later transforms) needs no change.
  pdf.addContent(
    ['q', `1 0 0 -1 0 ${num(height)} cm`, 'BT', `1 0 0 1 ${num(x)} ${num(height - y)} Tm`, `/${embedded.id} ${num(pdf._fontSize)} Tf`, `[${commands.join(' ')}] TJ`, 'ET', 'Q'].join('\n'),
  );
}

/**
 * The text's glyphs as pdfkit's subset codes (hex, 4 digits), and for each glyph how far
 * its advance differs from its width (kerning), 1/1000 em. Shaped glyphs with an x or y
 * offset (marks placed on a base) are refused: Latin text has none, and pdfkit would
 * position them with a matrix of their own.
 */
function encode(embedded: EmbeddedFont, text: string): [string[], number[]] {
  const hex: string[] = [];
  const adjust: number[] = [];
  for (const piece of pieces(text)) {
    const { glyphs, positions } = embedded.font.layout(piece);
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i]!;
      const position = positions[i]!;
      if (position.xOffset || position.yOffset) throw new Error(`paint: "${text}" has glyphs placed off their advance, which showText does not write`);
      const gid = embedded.subset.includeGlyph(glyph.id);
      hex.push(`0000${gid.toString(16)}`.slice(-4));
      const width = glyph.advanceWidth * embedded.scale;
      embedded.widths[gid] ??= width;
      embedded.unicode[gid] ??= glyph.codePoints;
      adjust.push(position.xAdvance * embedded.scale - width);
    }
  }
  return [hex, adjust];
}

/** The text cut after each space and tab, as pdfkit's `EmbeddedFont.layout` cuts it before shaping. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' || text[i] === '\t') {
      out.push(text.slice(from, i + 1));
      from = i + 1;
    }
  }
  if (from < text.length) out.push(text.slice(from));
  return out;
}

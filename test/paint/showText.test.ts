/**
 * showText writes a run of text as pdfkit's `text()` would (lineBreak off, alphabetic
 * baseline) without measuring it again: the same operators, glyph codes, kerning and font
 * subset, so the PDFs stay byte for byte what they were.
 */
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadFontSet, type FontKey } from '../../src/fonts/FontSet.js';
import { showText } from '../../src/paint/showText.js';
import { ROOT } from '../support/editionFixture.js';

const fonts = loadFontSet(join(ROOT, 'fonts'));

/** The content stream of one page and the finished file, text drawn by `draw`. */
async function drawn(draw: (doc: PDFKit.PDFDocument) => void): Promise<{ content: string; pdf: Buffer }> {
  const doc = new PDFDocument({ size: [200, 100], margin: 0, compress: false, info: { CreationDate: new Date(0) } });
  for (const [key, font] of Object.entries(fonts.pdfFonts())) doc.registerFont(key, font as never);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise((done) => doc.on('end', done));
  // Every operator written to the page from here on.
  const ops: string[] = [];
  const pdf = doc as unknown as { addContent(data: string): unknown };
  const addContent = pdf.addContent.bind(doc);
  pdf.addContent = (data) => (ops.push(data), addContent(data));
  draw(doc);
  doc.end();
  await ended;
  return { content: ops.join('\n'), pdf: Buffer.concat(chunks) };
}

/** Kerning (AV, To), ligatures (ffi, fi), a tab, spaces at both ends, č š ž. */
const SAMPLES: [FontKey, number, string][] = [
  ['regular', 9.5, 'AVATAR To Trafficking officials'],
  ['bold', 14, ' Žrtve trgovine z ljudmi (čšž) '],
  ['italic', 7, 'a\tb  c'],
  ['semibold', 11.25, '1 234 567 · 2019–2024'],
];

describe('showText', () => {
  it.each(SAMPLES)('writes %s %s pt "%s" as pdfkit text() does', async (font, size, text) => {
    const byPdfkit = await drawn((doc) => doc.font(font).fontSize(size).text(text, 12.5, 40.25, { lineBreak: false, baseline: 'alphabetic' }));
    const byShowText = await drawn((doc) => showText(doc, font, size, 12.5, 40.25, text));
    expect(byShowText.content).toContain('TJ');
    expect(byShowText.content).toBe(byPdfkit.content);
    // The subset embedded, its widths and ToUnicode too.
    expect(byShowText.pdf.equals(byPdfkit.pdf)).toBe(true);
  });

  it('draws nothing for an empty text', async () => {
    expect((await drawn((doc) => showText(doc, 'regular', 10, 0, 0, ''))).content).not.toContain('BT');
  });
});

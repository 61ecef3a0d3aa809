/**
 * One process builds many PDFs from fonts parsed once and words shaped once. Each PDF must
 * still map every glyph back to its letters (ToUnicode): fontkit glyph objects keep the code
 * points they were first made with, and pdfkit's subsetting makes some without any, so a
 * glyph cache shared between PDFs loses ligatures' letters in later files ("Traffi king").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/fonts/FontSet.js';
import { buildPublication } from '../../src/pipeline.js';
import { buildEnv } from '../support/buildDefault.js';
import { EDITION, ROOT } from '../support/editionFixture.js';
import { readPdf } from '../support/pdf.js';

const textOf = async (pdf: Buffer) => (await readPdf(pdf)).pages.flatMap((p) => p.items.map((i) => i.str)).join(' ');

/** Words set with the fi, fl and ffi ligatures of Source Sans 3. */
const LIGATURE_WORDS: Record<string, string[]> = { en: ['Trafficking', 'figures', 'official', 'offences'], sl: ['filantropija', 'fotografije'] };

describe('fonts shared by the PDFs of one process', () => {
  it('keep ligatures readable in every later PDF, and give the same bytes each time', async () => {
    const builds = [];
    for (let i = 0; i < 3; i++) builds.push(await buildPublication(EDITION, { langs: ['sl', 'en'], sizes: ['a4', 'a5'] }, buildEnv));
    const [first, , third] = builds;
    for (const [i, built] of third!.entries()) expect(built.pdf.equals(first![i]!.pdf), built.fileName).toBe(true);
    for (const { pdf, lang, fileName } of third!) {
      const text = await textOf(pdf);
      for (const word of LIGATURE_WORDS[lang]!) expect(text, `${fileName}: ${word}`).toContain(word);
    }
  });

  it("keep a PDF's glyph objects to itself, so shaping after it still knows a ligature's letters", () => {
    const fonts = loadFontSet(join(ROOT, 'fonts'));
    const fresh = fontkit.create(readFileSync(join(ROOT, 'fonts/SourceSans3-Regular.ttf'))) as fontkit.Font;
    const ligature = fresh.layout('Trafficking').glyphs.find((g) => g.codePoints.length > 1)!;
    expect(String.fromCodePoint(...ligature.codePoints)).toMatch(/^f[fi]/);
    // What pdfkit's subset does for a composite glyph's parts: a glyph object without code points.
    fonts.pdfFonts().regular.getGlyph(ligature.id);
    const later = fonts.pdfFonts().regular.layout('Trafficking');
    expect(later.glyphs.find((g) => g.id === ligature.id)?.codePoints).toEqual(ligature.codePoints);
  });
});

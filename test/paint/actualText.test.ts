import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { LaidOutDocument } from '../../src/layout/Page.js';
import { paintDocument } from '../../src/paint/paintDocument.js';
import { laidOut, node, run, sampleEnv } from './sampleDocument.js';

/** The page content streams of a PDF, inflated. */
function contentStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  for (const m of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      out.push(inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1'));
    } catch {
      // Not a Flate stream (or a font program): not page content.
    }
  }
  return out;
}

/** ActualText strings of the content: PDF text strings, UTF-16BE when they start with a BOM. */
function actualTexts(pdf: Buffer): string[] {
  return contentStreams(pdf).flatMap((s) =>
    [...s.matchAll(/\/ActualText \(([\s\S]*?)\)\n>> BDC/g)].map(({ 1: raw }) =>
      raw!.startsWith('\xfe\xff') ? Buffer.from(raw!.slice(2), 'latin1').swap16().toString('utf16le') : raw!,
    ),
  );
}

describe('paintText: hyphens added at line breaks', () => {
  const doc = (extra: object): LaidOutDocument =>
    laidOut(node('0', 'Document', [node('0.0', 'P')]), { width: 200, height: 100, items: [run('traffick-', 10, 30, '0.0', extra), run('ing', 10, 45, '0.0')] });

  it('reads as the word without the hyphen (ActualText)', async () => {
    const pdf = await paintDocument(doc({ actualText: 'traffick' }), sampleEnv());
    expect(actualTexts(pdf)).toEqual(['traffick']);
    const slovenian = await paintDocument(doc({ actualText: 'Žrtve v krizni namesti' }), sampleEnv());
    expect(actualTexts(slovenian)).toEqual(['Žrtve v krizni namesti']);
  });

  it('adds no ActualText where the text reads as drawn', async () => {
    const pdf = await paintDocument(doc({}), sampleEnv());
    expect(actualTexts(pdf)).toEqual([]);
  });
});

/**
 * The XMP packet every variant writes: valid XML whatever the title holds, the Info
 * dictionary's values escaped in it, and the PDF/A and PDF/UA identification only where
 * the output claims them.
 */
import { describe, expect, it } from 'vitest';
import { archiveOutput, printOutput, screenOutput, type Output } from '../../src/paint/Output.js';
import { paintDocument } from '../../src/paint/paintDocument.js';
import { NS, parseXml, valueOf, xmpOf } from '../support/xmp.js';
import { sampleDocument, sampleEnv } from './sampleDocument.js';

const TITLE = 'Facts & figures <2024> “Ključ”';
const OUTPUTS: [string, Output][] = [
  ['screen', screenOutput],
  ['archive', archiveOutput],
  ['print', printOutput(3)],
  ['print, PDF/X-4', printOutput(3, { profile: Buffer.alloc(200), name: 'Shop & Co' })],
];

describe('writeXmp', () => {
  it.each(OUTPUTS)('%s: a title, author and keywords with & and < stay valid XML and read back unchanged', async (_, output) => {
    const pdf = await paintDocument(sampleDocument(), sampleEnv({ title: TITLE, subject: TITLE, author: 'Ministry & Co', keywords: ['a & b', '<c>'] }, output));
    const xmp = parseXml(xmpOf(pdf));
    expect(valueOf(xmp, NS.dc, 'title')).toEqual([TITLE]);
    expect(valueOf(xmp, NS.dc, 'description')).toEqual([TITLE]);
    expect(valueOf(xmp, NS.dc, 'creator')).toEqual(['Ministry & Co']);
    expect(valueOf(xmp, NS.pdf, 'Keywords')).toEqual(['a & b, <c>']);
    expect(valueOf(xmp, NS.dc, 'language')).toEqual(['sl-SI']);
    expect(valueOf(xmp, NS.xmp, 'CreateDate')).toEqual(['2025-03-01T09:00:00Z']);
    expect(valueOf(xmp, NS.xmp, 'ModifyDate')).toEqual(['2025-03-01T09:00:00Z']);
  });

  it('identifies only the archive as PDF/A-3a and PDF/UA-1', async () => {
    for (const [name, output] of OUTPUTS) {
      const xmp = parseXml(xmpOf(await paintDocument(sampleDocument(), sampleEnv({}, output))));
      const archive = output.archival !== undefined;
      expect(valueOf(xmp, NS.pdfaid, 'part'), name).toEqual(archive ? ['3'] : []);
      expect(valueOf(xmp, NS.pdfuaid, 'part'), name).toEqual(archive ? ['1'] : []);
    }
  });
});

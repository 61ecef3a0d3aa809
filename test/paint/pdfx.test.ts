/**
 * The print shop's output intent: a CMYK output profile turns the print file into PDF/X-4
 * (profile embedded as a GTS_PDFX output intent, XMP identification, Trapped key); without
 * one the file claims no standard. The profile here is a minimal ICC header made in the
 * test: enough for the checks PDF/X writing relies on, not a real characterisation.
 */
import * as mupdf from 'mupdf';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { iccProblem } from '../../src/paint/pdfx.js';
import { buildPublication } from '../../src/pipeline.js';
import { EDITION } from '../support/editionFixture.js';
import { variantEnv } from '../support/buildVariants.js';

/** An ICC v4 header of `size` bytes: device class, colour space, 'acsp' at 36. */
function iccHeader({ deviceClass = 'prtr', space = 'CMYK', size = 256 } = {}): Buffer {
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32BE(size, 0);
  bytes.write(deviceClass, 12, 'latin1');
  bytes.write(space, 16, 'latin1');
  bytes.write('Lab ', 20, 'latin1');
  bytes.write('acsp', 36, 'latin1');
  return bytes;
}

describe('iccProblem', () => {
  it('accepts a CMYK output profile', () => {
    expect(iccProblem(iccHeader())).toBeUndefined();
  });

  it('names what is wrong with anything else', () => {
    expect(iccProblem(Buffer.from('not a profile'))).toBe('is too short to be an ICC profile');
    expect(iccProblem(Buffer.alloc(200))).toBe('is not an ICC profile (no "acsp" signature)');
    expect(iccProblem(iccHeader({ space: 'RGB ' }))).toBe('is an ICC profile for RGB, not CMYK');
    expect(iccProblem(iccHeader({ deviceClass: 'mntr' }))).toBe('is an ICC profile, but not an output (printer) profile');
    const truncated = iccHeader().subarray(0, 200);
    expect(iccProblem(truncated)).toBe('is an ICC profile whose size field does not match the file (truncated?)');
  });
});

describe('the print edition with an output intent', () => {
  const profile = iccHeader();
  let withIntent: mupdf.PDFDocument;
  let without: mupdf.PDFDocument;
  let xmp: string;
  let header: string;

  beforeAll(async () => {
    const build = (outputIntent?: { profile: Buffer; name: string }) =>
      buildPublication(EDITION, { langs: ['en'], variants: ['print'], ...(outputIntent && { outputIntent }) }, variantEnv);
    const [[a], [b]] = await Promise.all([build({ profile, name: 'Test Coated' }), build()]);
    withIntent = new mupdf.PDFDocument(new Uint8Array(a!.pdf));
    header = a!.pdf.subarray(0, 8).toString('latin1');
    without = new mupdf.PDFDocument(new Uint8Array(b!.pdf));
    xmp = withIntent.getTrailer().get('Root', 'Metadata').readStream().asString();
  });

  it('embeds the profile as the GTS_PDFX output intent', () => {
    const intents = withIntent.getTrailer().get('Root', 'OutputIntents');
    expect(intents.length).toBe(1);
    const intent = intents.get(0);
    expect(intent.get('S').asName()).toBe('GTS_PDFX');
    expect(intent.get('OutputConditionIdentifier').asString()).toBe('Test Coated');
    const embedded = intent.get('DestOutputProfile');
    expect(embedded.get('N').asNumber()).toBe(4);
    expect(Buffer.from(embedded.readStream().asUint8Array()).equals(profile)).toBe(true);
  });

  it('identifies the file as PDF/X-4 in XMP that parses as XML, and says it is not trapped', () => {
    const parser = new SaxesParser({ xmlns: true });
    const names = new Map<string, string>();
    let open = '';
    parser.on('opentag', (t) => (open = `${t.uri} ${t.local}`));
    parser.on('text', (text) => {
      if (open && text.trim()) names.set(open, text.trim());
    });
    parser.write(xmp.replace(/^[^<]*/, '')).close();
    expect(names.get('http://www.npes.org/pdfx/ns/id/ GTS_PDFXVersion')).toBe('PDF/X-4');
    expect(names.get('http://ns.adobe.com/pdf/1.3/ Trapped')).toBe('False');
    expect(names.get('http://ns.adobe.com/xap/1.0/mm/ DocumentID')).toMatch(/^uuid:[0-9a-f-]{36}$/);
    expect(withIntent.getTrailer().get('Info', 'Trapped').asName()).toBe('False');
  });

  it('is PDF 1.6 with no annotation on its pages, as PDF/X-4 asks', () => {
    expect(header).toBe('%PDF-1.6');
    for (let i = 0; i < withIntent.countPages(); i++) expect(withIntent.findPage(i).get('Annots').isNull(), `page ${i + 1}`).toBe(true);
  });

  it('claims no standard without a profile', () => {
    expect(without.getTrailer().get('Root', 'OutputIntents').isNull()).toBe(true);
    expect(without.getTrailer().get('Root', 'Metadata').readStream().asString()).not.toContain('pdfxid');
    expect(without.getTrailer().get('Info', 'Trapped').isNull()).toBe(true);
    expect(without.findPage(3).get('Annots').length, 'links on the back page').toBeGreaterThan(0);
  });
});

/**
 * The archive edition (issue 6), read back from the built files as a PDF/A and PDF/UA
 * auditor would: the XMP identification (parsed as XML), the sRGB output intent, no
 * transparency, Figures with /Alt and a layout /BBox, headings in order, links described
 * by their whole target, the edition's CSV files embedded byte for byte and associated with
 * the document and with the Figures that draw them. Structure checks run on the screen
 * edition too: the fixes apply to every variant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { fillText } from '../../src/texts/fillText.js';
import type { Lang } from '../../src/model/Edition.js';
import { buildPublication } from '../../src/pipeline.js';
import { variantEnv } from '../support/buildVariants.js';
import { EDITION, editionWith } from '../support/editionFixture.js';
import { flattenStruct } from '../support/flattenStruct.js';
import { readPdf } from '../support/pdf.js';
import { rawStruct, type RawStructElement } from '../support/rawStruct.js';
import { NS, findAll, parseXml, valueOf, xmpOf } from '../support/xmp.js';
import { headingOrderProblems } from '../support/headingOrder.js';
import { readLeaflet, validateLeaflet } from '../support/leafletEdition.js';

const LANGS: Lang[] = ['sl', 'en'];
const edition = validateLeaflet(readLeaflet(EDITION));
const CSVS = ['victims.csv', 'assistance.csv', 'prosecution.csv', 'exploitation.csv', 'origin.csv', 'origin-named.csv'];

type Files = Record<`${Lang}-${'screen' | 'print' | 'archive'}`, Buffer>;
let files: Files;
let bare: Buffer;

beforeAll(async () => {
  const built = await buildPublication(EDITION, { variants: ['screen', 'print', 'archive'] }, variantEnv);
  files = Object.fromEntries(built.map((b) => [`${b.lang}-${b.variant}`, b.pdf])) as Files;
  const [noData] = await buildPublication(EDITION, { langs: ['en'], variants: ['archive'], attachData: false }, variantEnv);
  bare = noData!.pdf;
}, 120_000);

const open = (bytes: Buffer) => new mupdf.PDFDocument(new Uint8Array(bytes));
const catalogOf = (bytes: Buffer) => open(bytes).getTrailer().get('Root');
const walk = (nodes: RawStructElement[], fn: (n: RawStructElement, parent?: RawStructElement) => void, parent?: RawStructElement) =>
  nodes.forEach((n) => {
    fn(n, parent);
    walk(n.children, fn, n);
  });
const all = (bytes: Buffer) => {
  const out: RawStructElement[] = [];
  walk(rawStruct(bytes), (n) => out.push(n));
  return out;
};
/** `D:20261128000000Z` → the same instant as a Date. */
const pdfDate = (s: string) => new Date(s.replace(/^D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d).*$/, '$1-$2-$3T$4:$5:$6Z'));

describe('archive edition: identification (XMP)', () => {
  it.each(LANGS)('%s: the XMP is XML and claims PDF/A-3a and PDF/UA-1, with the extension schema for pdfuaid', (lang) => {
    const xmp = parseXml(xmpOf(files[`${lang}-archive`]));
    expect(valueOf(xmp, NS.pdfaid, 'part')).toEqual(['3']);
    expect(valueOf(xmp, NS.pdfaid, 'conformance')).toEqual(['A']);
    expect(valueOf(xmp, NS.pdfuaid, 'part')).toEqual(['1']);
    const schemas = findAll(xmp, NS.pdfaExtension, 'schemas').flatMap((s) => findAll(s, NS.rdf, 'li')).filter((li) => findAll(li, NS.pdfaSchema, 'prefix').length > 0);
    const pdfua = schemas.find((s) => valueOf(s, NS.pdfaSchema, 'namespaceURI')[0] === NS.pdfuaid);
    expect(pdfua, 'a pdfaExtension schema for the pdfuaid namespace').toBeDefined();
    expect(valueOf(pdfua!, NS.pdfaSchema, 'prefix')).toEqual(['pdfuaid']);
    expect(valueOf(pdfua!, NS.pdfaProperty, 'name')).toEqual(['part']);
    expect(valueOf(pdfua!, NS.pdfaProperty, 'valueType')).toEqual(['Integer']);
    expect(valueOf(pdfua!, NS.pdfaProperty, 'category')).toEqual(['internal']);
  });

  it.each(LANGS)('%s: title, language, creator and dates in XMP equal the Info dictionary and the catalog', (lang) => {
    for (const variant of ['archive', 'screen', 'print'] as const) {
      const bytes = files[`${lang}-${variant}`];
      const xmp = parseXml(xmpOf(bytes));
      const trailer = open(bytes).getTrailer();
      const info = trailer.get('Info');
      expect(valueOf(xmp, NS.dc, 'title'), variant).toEqual([info.get('Title').asString()]);
      expect(info.get('Title').asString()).toBe(fillText(edition.texts[lang].document_title as string, { period: lang === 'sl' ? '2019–2024' : '2019–2024' }));
      expect(valueOf(xmp, NS.dc, 'creator')).toEqual([info.get('Author').asString()]);
      expect(valueOf(xmp, NS.dc, 'language')).toEqual([trailer.get('Root', 'Lang').asString()]);
      expect(valueOf(xmp, NS.pdf, 'Producer')).toEqual([info.get('Producer').asString()]);
      expect(valueOf(xmp, NS.xmp, 'CreatorTool')).toEqual([info.get('Creator').asString()]);
      const [created] = valueOf(xmp, NS.xmp, 'CreateDate');
      const [modified] = valueOf(xmp, NS.xmp, 'ModifyDate');
      expect(new Date(created!).getTime()).toBe(pdfDate(info.get('CreationDate').asString()).getTime());
      expect(new Date(modified!).getTime()).toBe(pdfDate(info.get('ModDate').asString()).getTime());
      expect(new Date(created!).toISOString()).toBe(`${edition.publication.date}T00:00:00.000Z`);
    }
  });

  it('claims no standard in the screen and print editions, and shows the title, unencrypted, in every file', () => {
    for (const [name, bytes] of Object.entries(files)) {
      const xmp = parseXml(xmpOf(bytes));
      if (!name.endsWith('archive')) expect(valueOf(xmp, NS.pdfaid, 'part'), name).toEqual([]);
      const trailer = open(bytes).getTrailer();
      expect(trailer.get('Encrypt').isNull(), name).toBe(true);
      expect(trailer.get('Root', 'ViewerPreferences', 'DisplayDocTitle').asBoolean(), name).toBe(true);
      expect(trailer.get('Root', 'MarkInfo', 'Marked').asBoolean(), name).toBe(true);
    }
  });
});

describe('archive edition: colour', () => {
  it.each(LANGS)('%s: has the sRGB output intent, its ICC profile embedded (N 3)', (lang) => {
    const intents = catalogOf(files[`${lang}-archive`]).get('OutputIntents');
    expect(intents.length).toBe(1);
    const intent = intents.get(0);
    expect(intent.get('S').asName()).toBe('GTS_PDFA1');
    const profile = intent.get('DestOutputProfile');
    expect(profile.get('N').asNumber()).toBe(3);
    const icc = Buffer.from(profile.readStream().asUint8Array());
    expect(icc.toString('latin1', 36, 40)).toBe('acsp');
    expect(icc.toString('latin1', 16, 20)).toBe('RGB ');
    expect(icc.readUInt32BE(0)).toBe(icc.length);
    expect(catalogOf(files[`${lang}-screen`]).get('OutputIntents').isNull()).toBe(true);
  });

  it('has no soft mask and no constant alpha below 1 anywhere, in any variant', () => {
    for (const [name, bytes] of Object.entries(files)) {
      const doc = open(bytes);
      const found: string[] = [];
      for (let i = 1; i < doc.countObjects(); i++) {
        const obj = doc.newIndirect(i).resolve();
        if (!obj.isDictionary()) continue;
        if (!obj.get('SMask').isNull() && obj.get('SMask').asName?.() !== 'None') found.push(`${i}: /SMask`);
        for (const key of ['ca', 'CA']) if (obj.get(key).isNumber() && obj.get(key).asNumber() < 1) found.push(`${i}: /${key} ${obj.get(key).asNumber()}`);
      }
      expect(found, name).toEqual([]);
    }
  });
});

describe('structure, every variant', () => {
  it.each(LANGS)('%s: every Figure has /Alt and a layout /BBox inside the page', (lang) => {
    for (const variant of ['archive', 'screen'] as const) {
      const figures = all(files[`${lang}-${variant}`]).filter((n) => n.role === 'Figure');
      expect(figures.length).toBe(7); // five charts, two QR codes
      for (const f of figures) {
        expect(f.alt?.length ?? 0).toBeGreaterThan(20);
        expect(f.attributes?.O).toBe('Layout');
        expect(f.attributes?.Placement).toBe('Block');
        const [x0, y0, x1, y1] = f.attributes!.BBox as number[];
        expect(x0! < x1! && y0! < y1! && x0! >= 0 && y0! >= 0 && x1! <= 595.28 && y1! <= 841.89).toBe(true);
      }
    }
  });

  it.each(LANGS)('%s: every heading H(n+1) has an H(n) before it in its own or an enclosing section', (lang) => {
    const tree = rawStruct(files[`${lang}-archive`]);
    expect(headingOrderProblems(tree)).toEqual([]);
    const roles = all(files[`${lang}-archive`]).map((n) => n.role);
    expect(roles.filter((r) => r === 'H2').length).toBeGreaterThan(10);
  });

  it.each(LANGS)('%s: every LI holds a Lbl (the bullet, read as •) and an LBody', (lang) => {
    for (const variant of ['archive', 'screen', 'print'] as const) {
      const items = all(files[`${lang}-${variant}`]).filter((n) => n.role === 'LI');
      expect(items.length).toBeGreaterThan(30);
      for (const li of items) {
        expect(li.children.map((c) => c.role)).toEqual(['Lbl', 'LBody']);
        const [span] = li.children[0]!.children;
        expect(span?.role).toBe('Span');
        expect(span?.actualText).toBe('\u2022');
        expect(span?.contentPages.length).toBe(1);
      }
    }
  });

  it('gives words hyphenated at a line break a Span element whose ActualText is the word without the hyphen', () => {
    const spans = all(files['en-archive']).filter((n) => n.role === 'Span' && n.actualText !== undefined && n.actualText !== '\u2022');
    expect(spans.length).toBeGreaterThan(0);
    expect(spans.every((s) => !s.actualText!.endsWith('-') && s.contentPages.length === 1)).toBe(true);
  });

  it('marks the languages the texts and publication.yaml declare: Slovenian names in English, the English page in Slovenian', async () => {
    const marked = async (bytes: Buffer) => (await readPdf(bytes)).pages.flatMap(flattenStruct).filter((n) => n.lang !== undefined).map((n) => `${n.role} ${n.lang}: ${n.text}`);
    const en = await marked(files['en-archive']);
    expect(en).toContain('Span sl: Ključ');
    expect(en).toContain('Span sl: Gregor Hudrič');
    expect(en.some((m) => m.startsWith('Link sl: https://www.gov.si/zbirke/'))).toBe(true);
    const sl = await marked(files['sl-screen']);
    expect(sl.some((m) => m.startsWith('Link en: https://www.gov.si/en/'))).toBe(true);
    expect(sl.filter((m) => m.includes(' sl:'))).toEqual([]);
  });
});

describe('links', () => {
  /** Each contact's link description, from the text file's words: `E-mail info@karitas.si`. */
  const expected = (lang: Lang) =>
    new Map(
      Object.values(edition.publication.contacts).map((c) => [
        c.href,
        fillText((edition.texts[lang].links as Record<string, string>)[c.kind]!, { target: c.kind === 'url' ? c.href : c.text }),
      ]),
    );

  it.each(LANGS)('%s: every link annotation says its whole target in words, printed with the print flag', (lang) => {
    for (const variant of ['archive', 'screen'] as const) {
      const doc = open(files[`${lang}-${variant}`]);
      const contents: string[] = [];
      for (let p = 0; p < doc.countPages(); p++) {
        doc.findPage(p).get('Annots').forEach((a) => {
          if (a.get('Subtype').asName() !== 'Link') return;
          const uri = a.get('A', 'URI').asString();
          expect(a.get('Contents').asString(), uri).toBe(expected(lang).get(uri));
          expect(a.get('F').asNumber() & 4).toBe(4);
          expect(a.get('StructParent').isNumber()).toBe(true);
          contents.push(a.get('Contents').asString());
        });
        if (doc.findPage(p).get('Annots').length > 0) expect(doc.findPage(p).get('Tabs').asName()).toBe('S');
      }
      expect(contents).toContain(lang === 'en' ? 'E-mail info@karitas.si' : 'E-pošta info@karitas.si');
      expect(contents).toContain(lang === 'en' ? 'Phone 080 17 22' : 'Telefon 080 17 22');
      expect(contents).toContain('https://www.gov.si/en/registries/projects/combating-trafficking-in-human-beings/');
    }
  });
});

describe('the data the archive carries', () => {
  const embedded = (bytes: Buffer) => {
    const catalog = catalogOf(bytes);
    const names = catalog.get('Names', 'EmbeddedFiles', 'Names');
    const out: { name: string; spec: mupdf.PDFObject }[] = [];
    for (let i = 0; i + 1 < names.length; i += 2) out.push({ name: names.get(i).asString(), spec: names.get(i + 1) });
    return out;
  };

  it.each(LANGS)("%s: embeds the edition's CSV files byte for byte, as PDF/A-3 associated files", (lang) => {
    const bytes = files[`${lang}-archive`];
    const files_ = embedded(bytes);
    expect(files_.map((f) => f.name).sort()).toEqual([...CSVS].sort());
    const af: number[] = [];
    catalogOf(bytes).get('AF').forEach((s) => af.push(s.asIndirect()));
    for (const { name, spec } of files_) {
      expect(af).toContain(spec.asIndirect());
      expect(spec.get('F').asString()).toBe(name);
      expect(spec.get('UF').asString()).toBe(name);
      expect(spec.get('AFRelationship').asName()).toBe('Data');
      expect(spec.get('Desc').asString()).toBe(fillText(edition.texts[lang].attachment as string, { file: name }));
      const stream = spec.get('EF', 'F');
      expect(stream.get('Subtype').asName()).toBe('text/csv');
      const data = Buffer.from(stream.readStream().asUint8Array());
      expect(data.equals(readFileSync(join(EDITION, name))), name).toBe(true);
      expect(stream.get('Params', 'Size').asNumber()).toBe(data.length);
      expect(pdfDate(stream.get('Params', 'ModDate').asString()).toISOString()).toBe(`${edition.publication.date}T00:00:00.000Z`);
    }
    expect(af.length).toBe(CSVS.length);
  });

  it('embeds a CSV file as it is written (BOM, semicolons, CRLF), not as the reader parsed it', async () => {
    const original = readFileSync(join(EDITION, 'victims.csv'), 'utf8');
    const written = Buffer.from(`\uFEFF${original.trim().replace(/,/g, ';').replace(/\n/g, '\r\n')}\r\n`, 'utf8');
    const dir = editionWith({ 'victims.csv': () => written });
    const [built] = await buildPublication(dir, { langs: ['en'], variants: ['archive'] }, variantEnv);
    const victims = embedded(built!.pdf).find((f) => f.name === 'victims.csv')!;
    expect(Buffer.from(victims.spec.get('EF', 'F').readStream().asUint8Array()).equals(written)).toBe(true);
  }, 60_000);

  it.each(LANGS)('%s: associates each chart Figure with the table it draws, and the QR codes with none', (lang) => {
    const figures = all(files[`${lang}-archive`]).filter((n) => n.role === 'Figure');
    expect(figures.map((f) => f.files ?? [])).toEqual([['victims.csv'], ['exploitation.csv'], ['origin.csv'], ['assistance.csv'], ['prosecution.csv'], [], []]);
  });

  it('carries no data in screen and print files, nor in an archive built with attachData off', () => {
    for (const bytes of [files['en-screen'], files['en-print'], bare]) {
      expect(catalogOf(bytes).get('AF').isNull()).toBe(true);
      expect(catalogOf(bytes).get('Names', 'EmbeddedFiles').isNull()).toBe(true);
      expect(all(bytes).some((n) => n.files !== undefined)).toBe(false);
    }
    // Without its data the archive still claims PDF/A-3a and PDF/UA-1.
    expect(valueOf(parseXml(xmpOf(bare)), NS.pdfuaid, 'part')).toEqual(['1']);
  });
});

/**
 * The pocket help card (issue 13), built from the frozen edition and read back: two sides
 * of ID-1, text sizes, the reporting form's QR code decoded from a render of the page, every
 * number from publication.yaml (and following it when it changes, on card and leaflet
 * alike), the print file's boxes and inks, and the office sheet's copies and duplex mirror.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import * as mupdf from 'mupdf';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMarkup } from '../../../src/markup/parseMarkup.js';
import type { LaidOutDocument, PlacedText, PlacedVector } from '../../../src/layout/Page.js';
import { MM, type Variant } from '../../../src/paint/Output.js';
import { buildPublication, layOut, type BuildEnv } from '../../../src/pipeline.js';
import { helpCard } from '../../../src/publications/help-card/index.js';
import { id1Theme } from '../../../src/publications/help-card/themes.js';
import { leaflet } from '../../../src/publications/leaflet/index.js';
import { PUBLICATIONS } from '../../../src/publications/index.js';
import { readEdition } from '../../../src/read/readEdition.js';
import { renderTemplate } from '../../../src/template/renderTemplate.js';
import { validateEdition } from '../../../src/validate/validateEdition.js';
import { variantEnv } from '../../support/buildVariants.js';
import { documentContent } from '../../support/contentStream.js';
import { EDITION, ROOT, editionWith } from '../../support/editionFixture.js';
import { readPdf, type ReadPdf } from '../../support/pdf.js';

type DecodeQr = typeof jsQRModule.default;
const jsQR: DecodeQr = typeof jsQRModule === 'function' ? (jsQRModule as DecodeQr) : jsQRModule.default;

const env: BuildEnv = { ...variantEnv, publication: helpCard };
const contacts = (dir: string) => (parse(readFileSync(join(dir, 'publication.yaml'), 'utf8')) as { contacts: Record<string, { tel?: string; url?: string }> }).contacts;
const CONTACTS = contacts(EDITION);
const TELS = Object.values(CONTACTS).flatMap((c) => (c.tel ? [c.tel] : []));
/** ID-1, pt. */
const CARD = [85.6 * MM, 53.98 * MM];

const build = async (variants: Variant[], lang = 'en', dir = EDITION, product: BuildEnv = env) =>
  Object.fromEntries((await buildPublication(dir, { langs: [lang], variants, bleedMm: 3 }, product)).map((b) => [b.variant, b])) as unknown as Record<Variant, { pdf: Buffer; fileName: string }>;

async function layOutCard(lang: string): Promise<LaidOutDocument> {
  const edition = validateEdition(readEdition(EDITION, helpCard.tables), helpCard, PUBLICATIONS);
  const markup = renderTemplate(edition, lang, { dir: join(ROOT, helpCard.templates.dir), main: helpCard.templates.main, values: {}, context: helpCard.context(edition, lang) });
  return layOut(edition, lang, parseMarkup(markup), id1Theme, env);
}

/** Decodes a QR code in `box` (pt from the page's top-left) on a 300 dpi render of page `index`. */
function decodeQr(bytes: Buffer, index: number, box: { x: number; y: number; w: number; h: number }): string | undefined {
  const scale = 300 / 72;
  const pix = new mupdf.PDFDocument(new Uint8Array(bytes)).loadPage(index).toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
  const [stride, n, src] = [pix.getStride(), pix.getNumberOfComponents(), pix.getPixels()];
  const [x0, y0] = [Math.max(0, Math.floor(box.x * scale)), Math.max(0, Math.floor(box.y * scale))];
  const [w, h] = [Math.min(pix.getWidth() - x0, Math.ceil(box.w * scale)), Math.min(pix.getHeight() - y0, Math.ceil(box.h * scale))];
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const from = (y0 + y) * stride + (x0 + x) * n;
    rgba.set([src[from]!, src[from + 1]!, src[from + 2]!, 255], (y * w + x) * 4);
  }
  return jsQR(rgba, w, h)?.data;
}

/** Digit groups that read as a phone number (3+ digits, spaces and a leading + allowed): times such as 9:00–13:00 are not. */
const phoneNumbers = (text: string) => [...text.matchAll(/\+?\d[\d ]*\d/g)].map((m) => m[0].trim()).filter((s) => s.replace(/\D/g, '').length >= 3);

type Node = { role?: string; alt?: string; children?: Node[] };
const findRole = (node: unknown, role: string): Node[] => {
  const n = node as Node | null;
  if (!n) return [];
  return [...(n.role === role ? [n] : []), ...(n.children ?? []).flatMap((c) => findRole(c, role))];
};

const qrOf = (laidOut: LaidOutDocument) => laidOut.pages[1]!.items.find((i): i is PlacedVector => i.kind === 'vector' && i.name.startsWith('QR code'))!;

describe.each(['en', 'sl'])('the help card (%s)', (lang) => {
  let laidOut: LaidOutDocument;
  let screen: Buffer;
  let pdf: ReadPdf;
  beforeAll(async () => {
    laidOut = await layOutCard(lang);
    screen = (await build(['screen'], lang)).screen.pdf;
    pdf = await readPdf(screen);
  });

  it('has two sides of ID-1, 85.60 × 53.98 mm, landscape', () => {
    expect(pdf.pageCount).toBe(2);
    for (const page of pdf.pages) {
      expect(page.width).toBeCloseTo(CARD[0]!, 1);
      expect(page.height).toBeCloseTo(CARD[1]!, 1);
    }
  });

  it('has the heading and the numbers to call on the front, the reporting form and who helps on the back', () => {
    const [front, back] = pdf.pages.map((p) => p.text.replace(/\s+/g, ' '));
    expect(front).toContain(lang === 'en' ? 'Trafficking in human beings? Help is free and confidential.' : 'Trgovina z ljudmi? Pomoč je brezplačna in zaupna.');
    for (const key of ['police_emergency', 'karitas_hotline', 'kljuc_phone']) expect(front).toContain(CONTACTS[key]!.tel);
    // The sources call the Caritas number a hotline; nothing says it answers around the clock.
    expect(front).not.toMatch(/24/);
    for (const key of ['kljuc_phone', 'karitas_phone', 'filantropija_phone']) expect(back).toContain(CONTACTS[key]!.tel);
    // A long address breaks across lines; its words are whole.
    expect(back!.replace(/\s/g, '')).toContain(CONTACTS.website_sl!.url);
  });

  it('sets no text under 6 pt, and the heading and the numbers at 7 pt or more', () => {
    const texts = laidOut.pages.flatMap((p) => p.items.filter((i): i is PlacedText => i.kind === 'text'));
    expect(Math.min(...texts.map((t) => t.size))).toBeGreaterThanOrEqual(6);
    const numbers = texts.filter((t) => t.link?.href.startsWith('tel:'));
    expect(numbers.length).toBeGreaterThanOrEqual(6);
    expect(Math.min(...numbers.map((t) => t.size))).toBeGreaterThanOrEqual(7);
    const heading = laidOut.pages[0]!.items.filter((i): i is PlacedText => i.kind === 'text').slice(0, 2);
    expect(Math.min(...heading.map((t) => t.size))).toBeGreaterThanOrEqual(7);
  });

  it('prints only numbers that publication.yaml gives', () => {
    const printed = pdf.pages.flatMap((p) => p.items.flatMap((i) => phoneNumbers(i.str)));
    expect(printed.length).toBeGreaterThanOrEqual(6);
    expect(printed.filter((n) => !TELS.includes(n))).toEqual([]);
  });

  it('has a QR code of at least 15 mm, which decodes to publication.yaml’s reporting form', () => {
    const qr = qrOf(laidOut);
    expect(qr.w / MM).toBeGreaterThanOrEqual(15);
    expect(decodeQr(screen, 1, qr)).toBe(CONTACTS.police_form!.url);
  });

  it('tags the QR code as a Figure with alternative text, inside a Link to the form', () => {
    const annotations = pdf.pages[1]!.annotations.filter((a) => a.url === CONTACTS.police_form!.url);
    expect(annotations.length).toBeGreaterThanOrEqual(1);
    const figures = findRole(pdf.pages[1]!.struct, 'Figure');
    expect(figures).toHaveLength(1);
    expect(figures[0]!.alt).toContain(CONTACTS.police_form!.url);
    expect(pdf.tagged).toBe(true);
  });
});

describe('the help card follows publication.yaml', () => {
  it('prints a changed number on the card and on the leaflet alike', async () => {
    const dir = editionWith({ 'publication.yaml': (t) => t.replace('kljuc_phone: { tel: "080 17 22" }', 'kljuc_phone: { tel: "080 99 88" }') });
    const card = await readPdf((await build(['screen'], 'en', dir)).screen.pdf);
    const leafletPdf = await readPdf((await build(['screen'], 'en', dir, { ...variantEnv, publication: leaflet })).screen.pdf);
    for (const text of [card.pages.map((p) => p.text).join(' '), leafletPdf.pages.map((p) => p.text).join(' ')]) {
      expect(text).toContain('080 99 88');
      expect(text).not.toContain('080 17 22');
    }
  });
});

describe('the help card for the print shop', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    bytes = (await build(['print'])).print.pdf;
  });

  it('has TrimBox = the card and a 3 mm BleedBox, inside a media box with room for crop marks', () => {
    const doc = new mupdf.PDFDocument(new Uint8Array(bytes));
    for (let i = 0; i < doc.countPages(); i++) {
      const box = (name: string) => {
        const n: number[] = [];
        doc.findPage(i).get(name).forEach((v) => n.push(v.asNumber()));
        return n;
      };
      const [tx0, ty0, tx1, ty1] = box('TrimBox');
      const [bx0, by0, bx1, by1] = box('BleedBox');
      const [, , mx1, my1] = box('MediaBox');
      expect(tx1! - tx0!).toBeCloseTo(CARD[0]!, 1);
      expect(ty1! - ty0!).toBeCloseTo(CARD[1]!, 1);
      expect([tx0! - bx0!, ty0! - by0!, bx1! - tx1!, by1! - ty1!].map((d) => d / MM)).toEqual([3, 3, 3, 3].map((d) => expect.closeTo(d, 2)));
      expect(mx1!).toBeGreaterThan(bx1! + 10);
      expect(my1!).toBeGreaterThan(by1! + 10);
    }
  });

  it('prints all its text in black ink alone', () => {
    const texts = documentContent(bytes).flatMap((p) => p.texts).filter((t) => t.tag !== 'Artifact' || t.fill.space !== 'Separation:All');
    expect(texts.length).toBeGreaterThan(10);
    const coloured = texts.filter((t) => t.fill.space !== 'DeviceCMYK' || t.fill.values.slice(0, 3).some((v) => v > 0));
    expect(coloured.map((t) => `${t.font} ${t.size}: ${t.fill.space} ${t.fill.values.join(' ')}`)).toEqual([]);
  });
});

describe('the help card on the office sheet', () => {
  let sheet: ReadPdf;
  let bytes: Buffer;
  beforeAll(async () => {
    const built = await build(['sheet']);
    expect(built.sheet.fileName).toBe('help-card-en-sheet.pdf');
    bytes = built.sheet.pdf;
    sheet = await readPdf(bytes);
  });

  it('is two A4 portrait sides, ten cards on each', () => {
    expect(sheet.pageCount).toBe(2);
    for (const page of sheet.pages) {
      expect(page.width).toBeCloseTo(595.28, 1);
      expect(page.height).toBeCloseTo(841.89, 1);
    }
    const count = (text: string, words: string) => text.split(words).length - 1;
    expect(count(sheet.pages[0]!.text, 'Help is free and confidential.')).toBe(10);
    expect(count(sheet.pages[1]!.text, 'Organisations that help')).toBe(10);
  });

  it('tags one card: the top-left front, and on the back the copy behind it (top right), whose code links to the form', () => {
    const [front, back] = sheet.pages;
    const tagged = (p: typeof front) => p!.items.filter((i) => i.tag !== 'Artifact' && i.mcid !== undefined);
    expect(tagged(front).every((i) => i.x < 595.28 / 2 && i.y < 842 / 5 + 30)).toBe(true);
    expect(tagged(back).every((i) => i.x > 595.28 / 2 && i.y < 842 / 5 + 30)).toBe(true);
    const links = back!.annotations.filter((a) => a.url === CONTACTS.police_form!.url);
    expect(links.length).toBeGreaterThanOrEqual(1);
    expect(links.every((a) => a.rect[0]! > 595.28 / 2)).toBe(true);
  });

  it('has codes on the back that a phone reads, mirrored: flipped on the long edge, each lies behind its front', async () => {
    const laidOut = await layOutCard('en');
    const qr = qrOf(laidOut);
    // The top-right copy of the back: the card's right edge at the grid's right edge.
    const x0 = (595.28 - 2 * CARD[0]!) / 2;
    const y0 = (841.89 - 5 * CARD[1]!) / 2;
    const right = { ...qr, x: x0 + CARD[0]! + qr.x, y: y0 + qr.y };
    expect(decodeQr(bytes, 1, right)).toBe(CONTACTS.police_form!.url);
    // Turned over the sheet's vertical axis, the back's top-right card lies behind the front's top-left.
    expect(595.28 - (x0 + 2 * CARD[0]!)).toBeCloseTo(x0);
  });

  it('is refused by the leaflet, which names the publication that has one', async () => {
    await expect(build(['sheet'], 'en', EDITION, { ...variantEnv, publication: leaflet })).rejects.toThrow(/leaflet has no sheet .*--product card/);
  });
});

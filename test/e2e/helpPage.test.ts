/**
 * The back page people keep, and the bookmarks (issue 5), read back from the A4 and A5
 * screen files: the help page's services, coordinator and QR codes that a phone can read
 * and a reader can click, and a document outline that is the headings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQRModule from 'jsqr';
import * as mupdf from 'mupdf';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LaidOutDocument, OutlineEntry, PlacedVector } from '../../src/layout/Page.js';
import type { PageSize } from '../../src/model/Theme.js';
import { buildVariants, layOutEdition } from '../support/buildVariants.js';
import { EDITION } from '../support/editionFixture.js';
import { flattenStruct } from '../support/flattenStruct.js';
import { readPdf, type ReadPdf } from '../support/pdf.js';
import { rawStruct, type RawStructElement } from '../support/rawStruct.js';

// jsqr is CommonJS whose module.exports is the decoder; its types describe an ES default export.
type DecodeQr = typeof jsQRModule.default;
const jsQR: DecodeQr = typeof jsQRModule === 'function' ? (jsQRModule as DecodeQr) : jsQRModule.default;

const SIZES: PageSize[] = ['a4', 'a5'];
const contacts = (parse(readFileSync(join(EDITION, 'publication.yaml'), 'utf8')) as { contacts: Record<string, { url?: string }> }).contacts;
const QR_TARGETS = [contacts.police_form!.url!, contacts.website_sl!.url!];

interface Edition {
  bytes: Buffer;
  pdf: ReadPdf;
  laidOut: LaidOutDocument;
}

const editions = {} as Record<PageSize, Edition>;

beforeAll(async () => {
  const built = await buildVariants(SIZES, ['screen']);
  for (const size of SIZES) {
    const bytes = built[`${size}-screen`]!;
    editions[size] = { bytes, pdf: await readPdf(bytes), laidOut: await layOutEdition(size) };
  }
});

/** Decodes the QR code drawn in `box` (pt from the page's top-left) on a render of the page. */
function decodeQr(bytes: Buffer, pageIndex: number, box: { x: number; y: number; w: number; h: number }): string | undefined {
  const dpi = 200;
  const scale = dpi / 72;
  const doc = new mupdf.PDFDocument(new Uint8Array(bytes));
  const pix = doc.loadPage(pageIndex).toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
  const [stride, n, src] = [pix.getStride(), pix.getNumberOfComponents(), pix.getPixels()];
  // The code's own quiet zone is inside its box; a little more white costs nothing.
  const margin = 4;
  const x0 = Math.max(0, Math.floor((box.x - margin) * scale));
  const y0 = Math.max(0, Math.floor((box.y - margin) * scale));
  const w = Math.min(pix.getWidth() - x0, Math.ceil((box.w + 2 * margin) * scale));
  const h = Math.min(pix.getHeight() - y0, Math.ceil((box.h + 2 * margin) * scale));
  const rgba = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const from = (y0 + y) * stride + (x0 + x) * n;
      rgba.set([src[from]!, src[from + 1]!, src[from + 2]!, 255], (y * w + x) * 4);
    }
  }
  return jsQR(rgba, w, h)?.data;
}

const qrItems = (laidOut: LaidOutDocument) =>
  laidOut.pages.flatMap((page, index) => page.items.filter((i): i is PlacedVector => i.kind === 'vector' && i.name.startsWith('QR code')).map((item) => ({ item, index })));

function findAll(elements: RawStructElement[], role: string): RawStructElement[] {
  return elements.flatMap((e) => [...(e.role === role ? [e] : []), ...findAll(e.children, role)]);
}

describe.each(SIZES)('the help page (%s)', (size) => {
  it('is the last page, with the services, the national coordinator and the websites', () => {
    const { pdf } = editions[size];
    const last = pdf.pages.at(-1)!.text.replace(/\s+/g, ' ');
    for (const words of ['Police', 'Caritas', 'National anti-trafficking coordinator', 'Gregor Hudrič', 'Website']) expect(last).toContain(words);
    // Statistics stay on the pages before it.
    expect(last).not.toContain('Number of recognised victims');
  });

  it('carries two QR codes, both on the last page, that decode to the reporting form and the programme’s website', () => {
    const { bytes, pdf, laidOut } = editions[size];
    const codes = qrItems(laidOut);
    expect(codes.map((c) => c.index)).toEqual([pdf.pageCount - 1, pdf.pageCount - 1]);
    expect(codes.map(({ item, index }) => decodeQr(bytes, index, item))).toEqual(QR_TARGETS);
  });

  it('makes each QR code a link to what it encodes, covering the code', () => {
    const { pdf, laidOut } = editions[size];
    const page = pdf.pages.at(-1)!;
    for (const { item } of qrItems(laidOut)) {
      const target = item.link?.href;
      expect(QR_TARGETS).toContain(target);
      // The code's box in PDF user space (y up).
      const [x0, y0, x1, y1] = [item.x, page.height - item.y - item.h, item.x + item.w, page.height - item.y];
      const covering = page.annotations.filter(
        (a) => a.subtype === 'Link' && a.url === target && a.rect[0]! <= x0 + 0.5 && a.rect[1]! <= y0 + 0.5 && a.rect[2]! >= x1 - 0.5 && a.rect[3]! >= y1 - 0.5,
      );
      expect(covering.length, `a link annotation to ${target} over the code`).toBeGreaterThan(0);
    }
  });

  it('tags each QR code as a Figure inside a Link, with alt text naming its URL', () => {
    const links = findAll(rawStruct(editions[size].bytes), 'Link');
    for (const url of QR_TARGETS) {
      const figures = links.flatMap((l) => l.children.filter((c) => c.role === 'Figure' && (c.alt ?? '').includes(url)));
      expect(figures.length, `Figure with alt text containing ${url}, inside a Link`).toBe(1);
    }
  });
});

interface Bookmark {
  title: string;
  depth: number;
  /** 0-based page of the destination. */
  page: number;
}

/** The catalog's /Outlines, walked First → Next, children after their parent. */
function bookmarks(bytes: Buffer): Bookmark[] {
  const doc = new mupdf.PDFDocument(new Uint8Array(bytes));
  const pageOf = new Map<number, number>();
  for (let i = 0; i < doc.countPages(); i++) pageOf.set(doc.findPage(i).asIndirect(), i);
  const out: Bookmark[] = [];
  const walk = (first: mupdf.PDFObject, depth: number) => {
    for (let item = first; !item.isNull(); item = item.get('Next')) {
      const dest = item.get('Dest').isNull() ? item.get('A', 'D') : item.get('Dest');
      out.push({ title: item.get('Title').asString(), depth, page: pageOf.get(dest.get(0).asIndirect()) ?? -1 });
      walk(item.get('First'), depth + 1);
    }
  };
  walk(doc.getTrailer().get('Root', 'Outlines', 'First'), 0);
  return out;
}

const flatOutline = (entries: OutlineEntry[], depth = 0): Bookmark[] =>
  entries.flatMap((e) => [{ title: e.title, depth, page: e.page }, ...flatOutline(e.children, depth + 1)]);

const HEADING = /^H[1-3]$/;
/** Each heading's text as the structure tree gives it, per page in reading order. */
// flattenStruct joins marked-content pieces with a space; a piece that starts with a comma
// (after a Span in another language) follows the word before it directly.
const headingsByPage = (pdf: ReadPdf) =>
  pdf.pages.map((page) => flattenStruct(page).filter((n) => HEADING.test(n.role)).map((n) => n.text.replace(/\s+/g, ' ').replace(/ ([,;.])/g, '$1').trim()));
const squash = (s: string) => s.replace(/[\s\u00ad-]+/g, '');

describe.each(SIZES)('the document outline (%s)', (size) => {
  it('is the outline layout gives: the same titles, nesting and pages', () => {
    const { bytes, laidOut } = editions[size];
    const marks = bookmarks(bytes);
    expect(marks.length).toBeGreaterThan(10);
    expect(marks).toEqual(flatOutline(laidOut.outline));
  });

  // A heading set on two lines keeps the space at the break in its bookmark.
  it('titles each bookmark with its heading’s text, in the order of the H1–H3 elements of the structure tree', () => {
    const { bytes, pdf } = editions[size];
    expect(bookmarks(bytes).map((b) => b.title)).toEqual(headingsByPage(pdf).flat());
  });

  it('has a bookmark to each page’s first heading, on that page', () => {
    const { bytes, pdf } = editions[size];
    const marks = bookmarks(bytes);
    headingsByPage(pdf).forEach((headings, page) => {
      if (headings.length === 0) return;
      const first = squash(headings[0]!);
      expect(
        marks.some((m) => m.page === page && squash(m.title) === first),
        `page ${page + 1}: a bookmark to "${headings[0]}"`,
      ).toBe(true);
    });
    expect(headingsByPage(pdf).filter((h) => h.length > 0).length, 'pages with headings').toBeGreaterThan(2);
  });
});

/**
 * Reads a PDF back the way a reader does, through pdf.js: text in content order with the
 * marked content it sits in, the per-page structure tree, link annotations, the info
 * dictionary and the fonts each page uses.
 */
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { StructTreeNode, TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';

export interface PdfText {
  str: string;
  /** Start of the baseline, pt, measured like layout: from the page's top-left corner. */
  x: number;
  y: number;
  /** Advance width, pt. */
  width: number;
  /** Innermost marked-content tag around the text (`P`, `Artifact`, …), if any. */
  tag?: string;
  /** Marked-content id (`p12R_mc3`) that the structure tree points at; absent for artifacts. */
  mcid?: string;
}

export interface PdfAnnotation {
  subtype: string;
  url?: string;
  /** [x1, y1, x2, y2] in PDF user space (y up). */
  rect: number[];
  contents?: string;
}

export interface PdfPage {
  width: number;
  height: number;
  /** Non-empty text items in content-stream order. */
  items: PdfText[];
  /** Items joined by single spaces. */
  text: string;
  struct: StructTreeNode | null;
  annotations: PdfAnnotation[];
  /** Names of the fonts the page's operators select, e.g. `CZZZZZ+SourceSans3-Regular`. */
  fonts: string[];
}

export interface ReadPdf {
  pageCount: number;
  pages: PdfPage[];
  info: Record<string, unknown>;
  /** XMP entries, e.g. `dc:title`. */
  xmp: Record<string, unknown>;
  /** Catalog /MarkInfo /Marked. */
  tagged: boolean;
  /** Catalog /ViewerPreferences, e.g. `{ DisplayDocTitle: true }`. */
  viewerPreferences: Record<string, unknown>;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  // pdf.js detaches the buffer it is given; copy so the caller's bytes stay usable.
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) pages.push(await readPage(await pdf.getPage(n)));
  const meta = await pdf.getMetadata();
  const markInfo = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
  const result: ReadPdf = {
    pageCount: pdf.numPages,
    pages,
    info: meta.info as Record<string, unknown>,
    xmp: meta.metadata ? (meta.metadata.getAll() as Record<string, unknown>) : {},
    tagged: markInfo?.Marked === true,
    viewerPreferences: ((await pdf.getViewerPreferences()) ?? {}) as Record<string, unknown>,
  };
  await pdf.destroy();
  return result;
}

async function readPage(page: pdfjs.PDFPageProxy): Promise<PdfPage> {
  const [, , width, height] = page.view;
  const content = await page.getTextContent({ includeMarkedContent: true });
  const items = textItems(content.items, height);
  const annotations = (await page.getAnnotations()).map(
    (a: { subtype: string; url?: string; rect: number[]; contentsObj?: { str: string } }) => ({
      subtype: a.subtype,
      url: a.url,
      rect: a.rect,
      contents: a.contentsObj?.str,
    }),
  );
  return {
    width,
    height,
    items,
    text: items.map((i) => i.str).join(' '),
    struct: await page.getStructTree(),
    annotations,
    fonts: await fontNames(page),
  };
}

function textItems(raw: Array<TextItem | TextMarkedContent>, pageHeight: number): PdfText[] {
  const open: Array<{ tag?: string; mcid?: string }> = [];
  const out: PdfText[] = [];
  for (const item of raw) {
    if ('str' in item) {
      if (item.str.trim() === '') continue;
      const [, , , , x, y] = item.transform as number[];
      out.push({ str: item.str, x, y: pageHeight - y, width: item.width, ...open.at(-1) });
    } else if (item.type === 'endMarkedContent') {
      open.pop();
    } else {
      const { tag } = item as TextMarkedContent & { tag?: string };
      open.push({ tag, mcid: item.type === 'beginMarkedContentProps' ? item.id : undefined });
    }
  }
  return out;
}

async function fontNames(page: pdfjs.PDFPageProxy): Promise<string[]> {
  const ops = await page.getOperatorList();
  const names = new Set<string>();
  ops.fnArray.forEach((fn, i) => {
    if (fn !== pdfjs.OPS.setFont) return;
    const font = page.commonObjs.get(ops.argsArray[i][0]) as { name: string };
    names.add(font.name);
  });
  return [...names];
}

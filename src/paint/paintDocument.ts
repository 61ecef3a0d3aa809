/**
 * The pdfkit exporter: laid-out pages → tagged PDF bytes, for one output (screen, print or archive).
 * Every item sits where layout put it; the only decisions left here are how each item kind
 * becomes PDF operators and tags, which colour values to write, and the page boxes.
 */
import { FONT_KEYS } from '../fonts/FontSet.js';
import type { Color } from '../graphics/Color.js';
import type { Box, LaidOutDocument, OutlineEntry } from '../layout/Page.js';
import { attachFiles } from './attachFiles.js';
import { markArtifact } from './markArtifact.js';
import { openPdf } from './openPdf.js';
import { hatchPatterns } from './hatchPatterns.js';
import { cropMarks, pageBoxes, type PageBoxes } from './pageBoxes.js';
import type { PaintContext } from './PaintContext.js';
import { paintItem } from './paintItem.js';
import { addPdfx } from './pdfx.js';
import { TagTree } from './TagTree.js';
import type { PaintEnv } from './PaintEnv.js';

export type { PaintEnv };


/** Crop-mark stroke weight, pt. */
const MARK_WIDTH = 0.25;

export async function paintDocument(laidOut: LaidOutDocument, env: PaintEnv): Promise<Buffer> {
  const [first] = laidOut.pages;
  if (!first) throw new Error('paint: the document has no pages');
  const { output } = env;
  const doc = openPdf(env.meta, output);
  const bytes = collect(doc);
  for (const key of FONT_KEYS) doc.registerFont(key, env.fonts[key] as never);
  const boxes = pageBoxes(first.width, first.height, output);
  // Registration colour: the Separation "All", which prints on every plate.
  if (output.cropMarks) (doc as unknown as { addSpotColor(name: string, c: number, m: number, y: number, k: number): void }).addSpotColor('All', 100, 100, 100, 100);
  const ink = (c: Color): PDFKit.Mixins.ColorValue => (output.colors === 'cmyk' ? [...c.cmyk] : [...c.rgb]) as PDFKit.Mixins.ColorValue;
  const files = output.attachData ? attachFiles(doc, env.attachments ?? []) : new Map<string, PDFKit.PDFKitReference>();
  const tags = new TagTree(doc, laidOut, (box) => toPdfBox(box, boxes), files);
  const ctx: PaintContext = { doc, tags, output, ink, hatch: hatchPatterns(doc, output.colors) };
  for (const page of laidOut.pages) {
    if (page.width !== first.width || page.height !== first.height) throw new Error('paint: pages of one document differ in size');
    doc.addPage({ size: boxes.media, margin: 0 });
    const dict = doc.page.dictionary.data as Record<string, unknown>;
    if (output.bleed > 0 || output.cropMarks) Object.assign(dict, { TrimBox: boxes.trim, BleedBox: boxes.bleed });
    doc.save();
    doc.translate(boxes.offset, boxes.offset);
    for (const item of page.items) {
      paintItem(ctx, item, page);
      tags.painted(item);
    }
    if (output.cropMarks) {
      markArtifact(doc, () => {
        doc.lineWidth(MARK_WIDTH).strokeColor('All');
        for (const [x1, y1, x2, y2] of cropMarks(page.width, page.height, output.bleed)) doc.moveTo(x1, y1).lineTo(x2, y2).stroke();
      });
    }
    doc.restore();
  }
  tags.finish();
  addOutline(doc, laidOut.outline, boxes);
  if (output.outputIntent) addPdfx(doc, output.outputIntent, env.meta.title);
  doc.end();
  return bytes;
}

/** A box in layout coordinates → `[x0 y0 x1 y1]` in the media box's PDF user space (y up). */
function toPdfBox(box: Box, boxes: PageBoxes): number[] {
  const height = boxes.media[1];
  const round = (n: number) => Math.round(n * 100) / 100;
  return [box.x + boxes.offset, height - (box.y + box.h + boxes.offset), box.x + box.w + boxes.offset, height - (box.y + boxes.offset)].map(round);
}

/** Bookmarks from the headings, each opening its page at the heading. */
function addOutline(doc: PDFKit.PDFDocument, entries: readonly OutlineEntry[], boxes: PageBoxes): void {
  const add = (parent: PDFKit.PDFOutline, entry: OutlineEntry) => {
    // pdfkit writes the destination's left as media width − `left`, and its top as media height − `top`.
    const item = parent.addItem(entry.title, { pageNumber: entry.page, fit: false, left: boxes.media[0], top: entry.y + boxes.offset, expanded: true } as never);
    entry.children.forEach((child) => add(item, child));
  };
  entries.forEach((entry) => add(doc.outline, entry));
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

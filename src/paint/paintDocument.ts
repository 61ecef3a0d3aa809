import type { ChartSvg } from '../chartsvg/ChartSvg.js';
import { FONT_KEYS, type FontSet } from '../fonts/FontSet.js';
import type { LaidOutDocument } from '../layout/Page.js';
import { openPdf } from './openPdf.js';
import { paintItem } from './paintItem.js';
import { TagTree } from './TagTree.js';

export interface PaintEnv {
  fonts: FontSet;
  charts: ReadonlyMap<string, ChartSvg>;
  meta: {
    title: string;
    /** BCP 47, e.g. `sl-SI`. */
    lang: string;
    author: string;
    subject: string;
    keywords: string[];
    /** Also the modification date; pins the file ID, so output is reproducible. */
    creationDate: Date;
  };
}

/**
 * Draws laid-out pages into a tagged PDF. Every item sits where layout put it; the only
 * decisions left here are how each item kind becomes PDF operators and tags.
 */
export async function paintDocument(laidOut: LaidOutDocument, env: PaintEnv): Promise<Buffer> {
  if (laidOut.pages.length === 0) throw new Error('paint: the document has no pages');
  const doc = openPdf(env.meta);
  const bytes = collect(doc);
  // Registered under their FontKey, the name text runs and svgFontKey use.
  for (const key of FONT_KEYS) doc.registerFont(key, env.fonts.data[key]);
  const ctx = { doc, fonts: env.fonts, charts: env.charts, tags: new TagTree(doc, laidOut) };
  for (const page of laidOut.pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    for (const item of page.items) {
      paintItem(ctx, item);
      ctx.tags.painted(item);
    }
  }
  ctx.tags.finish();
  doc.end();
  return bytes;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

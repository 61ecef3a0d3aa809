import type { ChartSvg } from '../chartsvg/ChartSvg.js';
import type { FontSet } from '../fonts/FontSet.js';
import type { TagTree } from './TagTree.js';

/** What every item painter needs: the open pdfkit document and the document-wide state. */
export interface PaintContext {
  doc: PDFKit.PDFDocument;
  fonts: FontSet;
  charts: ReadonlyMap<string, ChartSvg>;
  tags: TagTree;
}

import type { Color } from '../graphics/Color.js';
import type { Hatch } from '../graphics/Vector.js';
import type { Output } from './Output.js';
import type { TagTree } from './TagTree.js';

/** What every item painter needs: the open pdfkit document, the tags, and the output's choices. */
export interface PaintContext {
  doc: PDFKit.PDFDocument;
  tags: TagTree;
  output: Output;
  /** The colour as pdfkit takes it for this output: `[r, g, b]` (0–255) or `[c, m, y, k]` (0–100). */
  ink(color: Color): PDFKit.Mixins.ColorValue;
  /** The document's tiling pattern for a hatch, to be used with an `ink` colour. */
  hatch(hatch: Hatch): PDFKit.PDFTilingPattern;
}

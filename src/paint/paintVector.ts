import type { Matrix, VectorShape } from '../graphics/Vector.js';
import type { PlacedVector } from '../layout/Page.js';
import { annotateLink } from './annotateLink.js';
import type { PaintContext } from './PaintContext.js';

/**
 * Paints resolved vector shapes (a chart, a QR code) as paths and real, searchable text
 * inside its Figure's marked content, each shape under its own matrix within the box.
 */
export function paintVector(ctx: PaintContext, placed: PlacedVector): void {
  const { doc, tags } = ctx;
  tags.mark(placed.struct, () => {
    doc.save();
    doc.translate(placed.x, placed.y);
    for (const shape of placed.shapes) paintShape(ctx, shape);
    doc.restore();
  });
  if (placed.link) annotateLink(ctx, placed.link);
}

function paintShape(ctx: PaintContext, shape: VectorShape): void {
  const { doc, ink } = ctx;
  doc.save();
  transform(doc, shape.matrix);
  if (shape.kind === 'text') {
    doc.font(shape.font).fontSize(shape.size).fillColor(ink(shape.color)).text(shape.text, shape.x, shape.y, { lineBreak: false, baseline: 'alphabetic' });
  } else {
    doc.path(shape.d);
    if (shape.stroke) {
      doc.lineWidth(shape.stroke.width);
      if (shape.stroke.dash) doc.dash(shape.stroke.dash[0]!, { space: shape.stroke.dash[1] ?? shape.stroke.dash[0]! });
      else doc.undash();
    }
    if (shape.fill && shape.stroke) doc.fillAndStroke(ink(shape.fill), ink(shape.stroke.color));
    else if (shape.fill) doc.fill(ink(shape.fill));
    else if (shape.stroke) doc.stroke(ink(shape.stroke.color));
  }
  doc.restore();
}

function transform(doc: PDFKit.PDFDocument, m: Matrix): void {
  if (m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1 && m[4] === 0 && m[5] === 0) return;
  doc.transform(...m);
}

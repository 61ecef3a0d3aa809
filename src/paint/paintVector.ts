import type { Matrix, VectorFill, VectorPath, VectorShape } from '../graphics/Vector.js';
import type { PlacedVector } from '../layout/Page.js';
import { annotateLink } from './annotateLink.js';
import { markArtifact } from './markArtifact.js';
import type { PaintContext } from './PaintContext.js';
import { showText } from './showText.js';
import { tracePath } from './tracePath.js';

/**
 * Paints resolved vector shapes (a chart, a QR code) as paths and real, searchable text
 * inside its Figure's marked content, each shape under its own matrix within the box.
 * Hatch patterns are painted in that content too, so they belong to the Figure.
 */
export function paintVector(ctx: PaintContext, placed: PlacedVector): void {
  const { doc, tags } = ctx;
  const draw = () => {
    doc.save();
    doc.translate(placed.x, placed.y);
    for (const shape of placed.shapes) paintShape(ctx, shape);
    doc.restore();
  };
  if (placed.struct === undefined) {
    if (placed.link !== undefined) throw new Error(`paint: link ${placed.link.href} of ${placed.name} has no Figure structure node`);
    markArtifact(doc, draw);
    return;
  }
  tags.mark(placed.struct, draw);
  if (placed.link) annotateLink(ctx, placed.link);
}

function paintShape(ctx: PaintContext, shape: VectorShape): void {
  const { doc, ink } = ctx;
  doc.save();
  transform(doc, shape.matrix);
  if (shape.kind === 'text') {
    doc.fillColor(ink(shape.color));
    showText(doc, shape.font, shape.size, shape.x, shape.y, shape.text);
  } else {
    paintPath(ctx, shape);
  }
  doc.restore();
}

function paintPath(ctx: PaintContext, { d, fill, stroke }: VectorPath): void {
  const { doc, ink } = ctx;
  if (stroke) {
    doc.lineWidth(stroke.width);
    if (stroke.dash) doc.dash(stroke.dash[0]!, { space: stroke.dash[1] ?? stroke.dash[0]! });
    else doc.undash();
  }
  if (!fill) {
    if (stroke) {
      tracePath(doc, d);
      doc.stroke(ink(stroke.color));
    }
    return;
  }
  switch (fill.kind) {
    case 'solid':
      tracePath(doc, d);
      if (stroke) doc.fillAndStroke(ink(fill.color), ink(stroke.color));
      else doc.fill(ink(fill.color));
      return;
    case 'hatch':
      // The tint, then the lines over it, then the outline: opaque paint, no transparency.
      tracePath(doc, d);
      doc.fill(ink(fill.background));
      tracePath(doc, d);
      doc.fill([ctx.hatch(fill.hatch), ink(fill.color) as PDFKit.Mixins.TilingPatternColorValue]);
      if (stroke) {
        tracePath(doc, d);
        doc.stroke(ink(stroke.color));
      }
      return;
    default:
      throw new Error(`paint: no painter for fill ${(fill satisfies never as VectorFill).kind}`);
  }
}

function transform(doc: PDFKit.PDFDocument, m: Matrix): void {
  if (m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1 && m[4] === 0 && m[5] === 0) return;
  doc.transform(...m);
}

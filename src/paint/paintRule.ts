import type { PlacedRule } from '../layout/Page.js';
import type { PaintContext } from './PaintContext.js';
import { markArtifact } from './markArtifact.js';

export function paintRule({ doc, ink }: PaintContext, rule: PlacedRule): void {
  markArtifact(doc, () => {
    // save/restore keeps the width and cap from leaking into later vector paths.
    doc.save();
    doc
      .lineWidth(rule.width)
      .lineCap('butt')
      .strokeColor(ink(rule.color))
      .moveTo(rule.x1, rule.y1)
      .lineTo(rule.x2, rule.y2)
      .stroke();
    doc.restore();
  });
}

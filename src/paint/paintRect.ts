import type { PlacedRect } from '../layout/Page.js';
import type { PaintContext } from './PaintContext.js';
import { markArtifact } from './markArtifact.js';

export function paintRect({ doc }: PaintContext, rect: PlacedRect): void {
  markArtifact(doc, () => {
    doc.rect(rect.x, rect.y, rect.w, rect.h).fill(rect.color);
  });
}

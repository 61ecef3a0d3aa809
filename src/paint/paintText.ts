import type { PlacedText } from '../layout/Page.js';
import type { PaintContext } from './PaintContext.js';
import { annotateLink } from './annotateLink.js';
import { markArtifact } from './markArtifact.js';
import { showText } from './showText.js';

/**
 * Draws one laid-out line fragment at its baseline, as glyphs (showText): never through
 * pdfkit's `text()`, which wraps and measures again what layout has decided.
 */
export function paintText(ctx: PaintContext, run: PlacedText): void {
  const { doc, tags } = ctx;
  const draw = () => {
    doc.fillColor(ctx.ink(run.color));
    showText(doc, run.font, run.size, run.x, run.y, run.text);
  };
  if (run.struct === undefined) {
    if (run.link !== undefined) throw new Error(`paint: link run "${run.text}" has no Link structure node`);
    markArtifact(doc, draw);
    return;
  }
  // A hyphen added at a line break is drawn but not read: the run's Span reads without it
  // (ActualText), so copied text and screen readers get whole words.
  tags.mark(run.struct, draw, run.actualText);
  if (run.link !== undefined) annotateLink(ctx, run.link);
}

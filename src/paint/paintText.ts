import type { PlacedText } from '../layout/Page.js';
import type { PaintContext } from './PaintContext.js';
import { annotateLink } from './annotateLink.js';
import { markArtifact } from './markArtifact.js';

/**
 * Draws one laid-out line fragment at its baseline. `lineBreak: false` keeps pdfkit from
 * wrapping the run or starting a page of its own (lib/line_wrapper.js): layout has already
 * decided where every line goes.
 */
export function paintText(ctx: PaintContext, run: PlacedText): void {
  const { doc, tags } = ctx;
  const draw = () => {
    doc
      .font(run.font)
      .fontSize(run.size)
      .fillColor(ctx.ink(run.color))
      .text(run.text, run.x, run.y, { lineBreak: false, baseline: 'alphabetic' });
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

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
    // A hyphen added at a line break is drawn but not read: the Span's ActualText is the
    // run without it, so copied text and screen readers get whole words.
    if (run.actualText !== undefined && run.struct !== undefined) doc.markContent('Span', { actual: run.actualText } as never);
    doc
      .font(run.font)
      .fontSize(run.size)
      .fillColor(ctx.ink(run.color))
      .text(run.text, run.x, run.y, { lineBreak: false, baseline: 'alphabetic' });
    if (run.actualText !== undefined && run.struct !== undefined) doc.endMarkedContent();
  };
  if (run.struct === undefined) {
    if (run.link !== undefined) throw new Error(`paint: link run "${run.text}" has no Link structure node`);
    markArtifact(doc, draw);
    return;
  }
  tags.mark(run.struct, draw);
  if (run.link !== undefined) annotateLink(ctx, run.link);
}

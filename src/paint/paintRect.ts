import type { PlacedRect } from '../layout/Page.js';
import type { PaintContext } from './PaintContext.js';
import { markArtifact } from './markArtifact.js';

/** Slack for "touches the trim edge", pt. */
const EDGE = 0.01;

/**
 * A filled rectangle: decoration (an artifact), or content of its node (a list's Lbl). One that `bleeds` and touches a trim edge is drawn on across the
 * bleed on that side, so a background to the edge survives an imprecise cut.
 */
export function paintRect(ctx: PaintContext, rect: PlacedRect, page: { width: number; height: number }): void {
  let { x, y, w, h } = rect;
  const b = rect.bleeds ? ctx.output.bleed : 0;
  if (b > 0) {
    if (x <= EDGE) [x, w] = [x - b, w + b];
    if (y <= EDGE) [y, h] = [y - b, h + b];
    if (x + w >= page.width - EDGE) w += b;
    if (y + h >= page.height - EDGE) h += b;
  }
  const draw = () => {
    ctx.doc.rect(x, y, w, h).fill(ctx.ink(rect.color));
  };
  if (rect.struct === undefined) markArtifact(ctx.doc, draw);
  else ctx.tags.mark(rect.struct, draw, rect.actualText);
}

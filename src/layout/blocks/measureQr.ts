/**
 * A QR code with its caption to the right. The code is a Figure inside a Link to the
 * caption's link target (so it is clickable on screen, and read as "link, QR code …"); its
 * alternative text is the caption, naming the target. The caption is a P beside it.
 */
import type { QrBlock } from '../../markup/Block.js';
import type { Flowable } from '../flow/Flowable.js';
import { solidFlowable } from '../flow/solidFlowable.js';
import { LayoutError } from '../LayoutError.js';
import type { MeasureContext } from '../MeasureContext.js';
import { tooWide } from '../messages.js';
import type { PlacedItem, StructNode } from '../Page.js';
import { addNode } from '../structNodes.js';
import { drawLines } from '../text/drawLines.js';
import { qrShapes } from './qrShapes.js';
import { setText } from './setText.js';

/** Narrowest caption worth setting beside the code, pt. */
const MIN_CAPTION = 60;

export function measureQr(block: QrBlock, width: number, ctx: MeasureContext, parent: StructNode): Flowable {
  const { theme } = ctx;
  const size = theme.qrSize;
  const gap = theme.space.cellPadX * 2;
  const captionWidth = width - size - gap;
  if (captionWidth < MIN_CAPTION) throw new LayoutError(tooWide('qr', block.line, MIN_CAPTION - captionWidth, width - size - gap, 'the room beside the code'));
  const target = block.caption.find((s) => s.href)!;
  const href = target.href!;
  const words = block.caption.map((s) => s.text).join('').replace(/\s+/g, ' ').trim();
  const link = addNode(parent, 'Link');
  const figure = addNode(link, 'Figure', { alt: words });
  const style = theme.type.small;
  const lines = setText(block.caption, style, captionWidth, ctx, addNode(parent, 'P'), { kind: 'qr', line: block.line });
  const { shapes } = qrShapes(href, size, theme.colors.text);
  const height = Math.max(size, lines.length * style.leading);
  const space = theme.space.block;
  return solidFlowable({ kind: 'qr', line: block.line, spaceBefore: space, spaceAfter: space }, height, (x, y): PlacedItem[] => [
    {
      kind: 'vector',
      x,
      y,
      w: size,
      h: size,
      name: `QR code for ${href}`,
      shapes,
      struct: figure.key,
      link: { href, struct: link.key, box: { x, y, w: size, h: size }, contents: target.title ?? href },
    },
    ...drawLines(lines, { x: x + size + gap, y: y + Math.max(0, (size - lines.length * style.leading) / 2), width: captionWidth, align: 'left', style }, ctx.fonts),
  ]);
}

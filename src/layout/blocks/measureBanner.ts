/**
 * The banner: a navy band, running into the bleed in print, across the top of the page, `space.bannerHeight`
 * tall, with an accent stripe along its bottom edge. The title (H1, the document's title
 * heading) and subtitle (P) sit at the left margin, centred together in the band above
 * the stripe. Flow resumes `space.block` below the band.
 */
import { addNode } from '../structNodes.js';
import type { BannerBlock } from '../../markup/Block.js';
import { decoration } from '../decoration.js';
import type { BannerSegment } from '../flow/Segment.js';
import { LayoutError } from '../LayoutError.js';
import type { MeasureContext } from '../MeasureContext.js';
import { tooTall } from '../messages.js';
import type { StructNode } from '../Page.js';
import { drawLines } from '../text/drawLines.js';
import { setText } from './setText.js';

export function measureBanner(block: BannerBlock, ctx: MeasureContext, parent: StructNode): BannerSegment {
  const { page, type, colors, space } = ctx.theme;
  const x = page.margin.left;
  const width = page.width - page.margin.left - page.margin.right;
  const origin = { kind: 'banner', line: block.line };
  const title = setText(block.title, type.bannerTitle, width, ctx, addNode(parent, 'H1'), origin);
  const subtitle = setText(block.subtitle, type.bannerSubtitle, width, ctx, addNode(parent, 'P'), origin);
  const titleHeight = title.length * type.bannerTitle.leading;
  const textHeight = titleHeight + subtitle.length * type.bannerSubtitle.leading;
  const band = space.bannerHeight - decoration.bannerStripe;
  // The text keeps at least the paragraph space clear of the band's edges.
  const room = band - 2 * space.paragraph;
  if (textHeight > room) throw new LayoutError(tooTall('banner', block.line, textHeight - room, room, 'the banner band'));
  const top = (band - textHeight) / 2;
  return {
    kind: 'banner',
    bottom: Math.max(page.margin.top, space.bannerHeight + space.block),
    items: [
      { kind: 'rect', x: 0, y: 0, w: page.width, h: band, color: colors.accentDark, bleeds: true },
      { kind: 'rect', x: 0, y: band, w: page.width, h: decoration.bannerStripe, color: colors.accent, bleeds: true },
      ...drawLines(title, { x, y: top, width, align: 'left', style: type.bannerTitle }, ctx.fonts),
      ...drawLines(subtitle, { x, y: top + titleHeight, width, align: 'left', style: type.bannerSubtitle }, ctx.fonts),
    ],
  };
}

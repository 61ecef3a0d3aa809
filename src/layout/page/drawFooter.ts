/**
 * The footer of one page, all artifacts: a hairline across the text width, the footer text
 * at the left margin and the page label flush right, on a baseline `space.footerBaseline`
 * above the page's bottom edge (inside the bottom margin, below any flowed block).
 */
import { decoration } from '../decoration.js';
import type { PageFrame } from '../flow/PageFrame.js';
import { LayoutError } from '../LayoutError.js';
import type { MeasureContext } from '../MeasureContext.js';
import { footerTooWide } from '../messages.js';
import type { PlacedItem } from '../Page.js';
import { textWidth } from '../text/textWidth.js';

export interface FooterText {
  text: string;
  label: string;
}

export function drawFooter(footer: FooterText, frame: PageFrame, ctx: Pick<MeasureContext, 'fonts' | 'theme'>): PlacedItem[] {
  const { type, space, colors } = ctx.theme;
  const style = type.footer;
  const { font, size, color } = style;
  const y = frame.height - space.footerBaseline;
  const textW = textWidth(ctx.fonts, footer.text, font, size);
  const labelW = textWidth(ctx.fonts, footer.label, font, size);
  const excess = textW + frame.columnGap + labelW - frame.textWidth;
  if (excess > 0) throw new LayoutError(footerTooWide(excess, frame.textWidth));
  // The rule sits one and a half lines above the baseline: clear of the text's ascenders.
  const ruleY = y - 1.5 * style.leading;
  const right = frame.left + frame.textWidth;
  return [
    { kind: 'rule', x1: frame.left, y1: ruleY, x2: right, y2: ruleY, color: colors.rule, width: decoration.hairline },
    { kind: 'text', x: frame.left, y, width: textW, text: footer.text, font, size, color },
    { kind: 'text', x: right - labelW, y, width: labelW, text: footer.label, font, size, color },
  ];
}

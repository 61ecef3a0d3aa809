/**
 * Broken lines → placed text. Each fragment becomes one PlacedText at its baseline; link
 * fragments also get a thin underline, so links do not rely on colour alone (WCAG 1.4.1).
 */
import type { FontSet } from '../../fonts/FontSet.js';
import type { Align } from '../../markup/Block.js';
import type { TextStyle } from '../../model/Theme.js';
import { decoration } from '../decoration.js';
import type { PlacedItem, PlacedLink } from '../Page.js';
import type { FontKey } from '../../fonts/FontSet.js';
import { baselineOffset } from './baselineOffset.js';
import type { TextLine } from './TextLine.js';
import { textWidth } from './textWidth.js';

export interface LineBox {
  /** Left edge and top of the first line box, pt. */
  x: number;
  y: number;
  /** Measure the lines were broken for, pt; alignment is within it. */
  width: number;
  align: Align;
  style: TextStyle;
}

export function drawLines(lines: readonly TextLine[], box: LineBox, fonts: FontSet): PlacedItem[] {
  const items: PlacedItem[] = [];
  const baseline = baselineOffset(box.style, fonts);
  lines.forEach((line, i) => {
    const shift = box.align === 'right' ? box.width - line.width : box.align === 'center' ? (box.width - line.width) / 2 : 0;
    const y = box.y + i * box.style.leading + baseline;
    for (const f of line.fragments) {
      const x = box.x + shift + f.x;
      const { font, size, color, struct, href, title } = f.run;
      const link = href !== undefined && struct !== undefined ? linkOf(href, title ?? href, struct, { x, y, width: f.width, font, size }, fonts) : undefined;
      items.push({ kind: 'text', x, y, width: f.width, text: f.text, font, size, color, ...(struct !== undefined && { struct }), ...(link && { link }), ...(f.actualText !== undefined && { actualText: f.actualText }) });
      if (href !== undefined) {
        const lead = textWidth(fonts, f.text.slice(0, f.text.length - f.text.trimStart().length), font, size);
        const ink = textWidth(fonts, f.text.trimEnd(), font, size);
        const uy = y + decoration.underline.offset;
        if (ink > lead) items.push({ kind: 'rule', x1: x + lead, y1: uy, x2: x + ink, y2: uy, color, width: decoration.underline.width });
      }
    }
  });
  return items;
}

/**
 * The clickable box of a link fragment: its ink box, baseline − ascent to baseline +
 * |descent|. The annotation describes the whole target in words (the link's title, or its
 * whole href), not the fragment on this line.
 */
function linkOf(href: string, contents: string, struct: string, run: { x: number; y: number; width: number; font: FontKey; size: number }, fonts: FontSet): PlacedLink {
  const ascent = fonts.ascent(run.font, run.size);
  const descent = -fonts.descent(run.font, run.size);
  return { href, struct, box: { x: run.x, y: run.y - ascent, w: run.width, h: ascent + descent }, contents };
}

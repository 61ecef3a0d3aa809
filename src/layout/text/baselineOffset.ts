import type { FontSet } from '../../fonts/FontSet.js';
import type { TextStyle } from '../../model/Theme.js';

/**
 * Distance from the top of a line box (`leading` tall) to its baseline, pt: the font's
 * ascender-to-descender extent is centred in the box, so line boxes stack without gaps
 * and text sits the same way in every style.
 */
export function baselineOffset(style: TextStyle, fonts: FontSet): number {
  const ascent = fonts.ascent(style.font, style.size);
  const extent = ascent - fonts.descent(style.font, style.size);
  return (style.leading - extent) / 2 + ascent;
}

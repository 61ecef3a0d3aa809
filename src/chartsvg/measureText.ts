/**
 * Text widths for vega's layout, measured with the same font files paint embeds, so that
 * legends, axis titles and labels are placed for the glyphs that will be printed (vega
 * would otherwise guess 0.8 × characters × size). Vega calls this for every text item it
 * lays out; `item` carries the text mark's font properties.
 */
import { FONT_FAMILY, type FontKey, type FontSet } from '../fonts/FontSet.js';
import { fontKeyOf } from '../fonts/fontKeyOf.js';
import { chartSvgMessages as msg } from './messages.js';

/** The font properties of a vega text item that decide its width. */
export interface TextItem {
  font?: string;
  fontSize?: number;
  fontWeight?: string | number;
  fontStyle?: string;
}

export type MeasureWidth = (item: TextItem, text: unknown) => number;

/** Vega's default size for text without one, px (= pt here). */
const VEGA_DEFAULT_SIZE = 11;

export function measureWidthWith(fonts: FontSet): MeasureWidth {
  return (item, text) => {
    // Paint maps only our family to the embedded files; any other would print in a font
    // that was never measured.
    if (item.font?.replace(/['"]/g, '') !== FONT_FAMILY) throw new Error(msg.foreignFont(String(item.font)));
    const value = text == null ? '' : String(text).trim();
    const size = item.fontSize ?? VEGA_DEFAULT_SIZE;
    return value === '' || size <= 0 ? 0 : fonts.width(value, fontKey(item), size);
  };
}

/**
 * The file of our family a vega font weight and style select: 600 and up is bold, only
 * `italic` slants. `svgShapes` reads the drawn SVG back through the same rule, so chart
 * text is measured in the face it is printed in.
 */
export function fontKey(item: TextItem): FontKey {
  const weight = item.fontWeight;
  const bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  return fontKeyOf(bold, item.fontStyle === 'italic');
}

import { FONT_FAMILY, type FontKey } from '../fonts/FontSet.js';
import { fontKeyOf } from '../fonts/fontKeyOf.js';

/**
 * Maps the font svg-to-pdfkit asks for to one of our registered fonts (registered under
 * their FontKey), by the same rule the chart measurer uses (`fontKeyOf`).
 *
 * `family` is the raw CSS list, e.g. `'Source Sans 3', sans-serif` or `"Source Sans 3"`.
 */
export function svgFontKey(family: string, bold: boolean, italic: boolean): FontKey {
  const families = family.split(',').map((name) => name.trim().replace(/^(['"])(.*)\1$/, '$2'));
  if (!families.includes(FONT_FAMILY)) {
    throw new Error(`paint: a chart asks for font family ${family}; only ${FONT_FAMILY} is embedded`);
  }
  return fontKeyOf(bold, italic);
}

import type { FontKey } from './FontSet.js';

/**
 * The embedded file that serves a bold and/or italic request, for chart text: the chart
 * measurer and the reading of the drawn SVG both ask here, so text is measured in the
 * face it is printed in. Chart weights fold into regular and bold (600–900 is bold), and
 * there is no bold italic file, so weight wins over slant.
 */
export function fontKeyOf(bold: boolean, italic: boolean): FontKey {
  if (bold) return 'bold';
  return italic ? 'italic' : 'regular';
}

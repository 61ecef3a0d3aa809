import type { FontKey } from './FontSet.js';

/**
 * The embedded file that serves a bold and/or italic request, for chart text: the chart
 * measurer and the painter both ask here, so text is measured in the face it is printed
 * in. There is no semibold in SVG (svg-to-pdfkit folds weights 600–900 into bold) and no
 * bold italic file, so weight wins over slant.
 */
export function fontKeyOf(bold: boolean, italic: boolean): FontKey {
  if (bold) return 'bold';
  return italic ? 'italic' : 'regular';
}

import type { FontKey } from '../../fonts/FontSet.js';

/**
 * The font file for a span in a style whose font is `base`. The family has no bold italic,
 * so bold wins: emphasis by weight survives grey print better than a slant does.
 */
export function fontFor(base: FontKey, bold = false, italic = false): FontKey {
  if (bold) return 'bold';
  if (italic) return 'italic';
  return base;
}

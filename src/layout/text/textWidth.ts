import type { FontKey, FontSet } from '../../fonts/FontSet.js';

/**
 * Advance width in pt. A no-break space is measured as the space it stands for, so
 * "85 %" is exactly as wide whichever space joins it.
 */
export function textWidth(fonts: FontSet, text: string, font: FontKey, size: number): number {
  return fonts.width(text.includes('\u00a0') ? text.replaceAll('\u00a0', ' ') : text, font, size);
}

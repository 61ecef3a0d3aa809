/**
 * Collects characters the fonts have no glyph for, so every one of them is reported in a
 * single error instead of the first only (a .notdef box must never reach print).
 */
import type { FontKey, FontSet } from '../fonts/FontSet.js';
import type { GlyphProblem } from './messages.js';

export interface GlyphCheck {
  /** Records the characters of `text` that `font` lacks; `where` is a markup line or a name. */
  check(text: string, font: FontKey, where: number | string): void;
  problems(): GlyphProblem[];
}

export function createGlyphCheck(fonts: FontSet): GlyphCheck {
  const found = new Map<string, GlyphProblem>();
  return {
    check(text, font, where) {
      for (const char of fonts.missing(text, font)) {
        const key = `${char}\u0000${font}\u0000${where}`;
        if (!found.has(key)) found.set(key, { char, font, where });
      }
    },
    problems: () => [...found.values()],
  };
}

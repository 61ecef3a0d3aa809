/**
 * Breaks styled runs into lines no wider than `width` (pt), once and for all: the painter
 * draws each fragment where this puts it. Throws a LayoutError when a single character is
 * wider than the measure (only a very narrow table column can do that).
 */
import type { FontSet } from '../../fonts/FontSet.js';
import { LayoutError } from '../LayoutError.js';
import { tooWide } from '../messages.js';
import { chooseBreaks } from './chooseBreaks.js';
import { itemize } from './itemize.js';
import type { StyledRun } from './StyledRun.js';
import type { TextLine } from './TextLine.js';
import { setLines } from './setLines.js';

export interface BreakEnv {
  fonts: FontSet;
  hyphenate: (word: string) => string[];
}

/** Which block the text belongs to, for the error message. */
export interface TextOrigin {
  kind: string;
  line: number;
}

export function breakLines(runs: readonly StyledRun[], width: number, env: BreakEnv, place: TextOrigin): TextLine[] {
  const items = itemize(runs, width, env.fonts, env.hyphenate);
  // Boxes are measured apart, lines whole; kerning across a seam can differ by a hair.
  // Should a line come out wider, break again on a measure narrowed by the excess.
  let limit = width;
  for (let attempt = 0; ; attempt++) {
    const breaks = chooseBreaks(items, limit);
    if (!breaks) {
      const widest = Math.max(...items.map((it) => (it.kind === 'box' ? it.width : 0)));
      throw new LayoutError(tooWide(place.kind, place.line, widest - width, width));
    }
    const lines = setLines(items, breaks, runs, env.fonts);
    const excess = Math.max(0, ...lines.map((l) => l.width)) - width;
    if (excess <= 1e-9 || attempt === 3) return lines;
    limit -= excess + 0.01;
  }
}

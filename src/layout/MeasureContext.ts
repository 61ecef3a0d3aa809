/**
 * What measuring a block needs: the injected environment plus the glyph problems, which
 * grow while blocks are measured in reading order. Structure nodes are made under the
 * parent each measure function is given, so measuring keeps no other state.
 */
import type { ChartBox } from './ChartBox.js';
import type { FontSet } from '../fonts/FontSet.js';
import type { Theme } from '../theme.js';
import type { GlyphCheck } from './glyphCheck.js';

export interface MeasureContext {
  fonts: FontSet;
  theme: Theme;
  charts: ReadonlyMap<string, ChartBox>;
  hyphenate: (word: string) => string[];
  glyphs: GlyphCheck;
}

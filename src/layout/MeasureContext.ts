/**
 * What measuring a block needs: the injected environment plus the two things that grow
 * while blocks are measured in reading order (the structure tree and the glyph problems).
 */
import type { ChartSvg } from '../chartsvg/ChartSvg.js';
import type { FontSet } from '../fonts/FontSet.js';
import type { Theme } from '../theme.js';
import type { GlyphCheck } from './glyphCheck.js';
import type { StructBuilder } from './StructBuilder.js';

export interface MeasureContext {
  fonts: FontSet;
  theme: Theme;
  charts: ReadonlyMap<string, ChartSvg>;
  hyphenate: (word: string) => string[];
  struct: StructBuilder;
  glyphs: GlyphCheck;
}

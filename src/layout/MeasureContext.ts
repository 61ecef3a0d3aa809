/**
 * What measuring a block needs: the injected environment plus the glyph problems, which
 * grow while blocks are measured in reading order. Structure nodes are made under the
 * parent each measure function is given, so measuring keeps no other state.
 */
import type { ChartBox } from './ChartBox.js';
import type { Block } from '../markup/Block.js';
import type { Span } from '../markup/Block.js';
import type { TextLine } from './text/TextLine.js';
import type { FontSet } from '../fonts/FontSet.js';
import type { Theme } from '../model/Theme.js';
import type { GlyphCheck } from './glyphCheck.js';

/** Lines broken in one layout run, by spans and then by everything else they depend on. */
export type LineMemo = WeakMap<readonly Span[], Map<string, TextLine[]>>;

export interface MeasureContext {
  fonts: FontSet;
  theme: Theme;
  charts: ReadonlyMap<string, ChartBox>;
  hyphenate: (word: string) => string[];
  glyphs: GlyphCheck;
  /** What composition chose where the markup allows a choice: columns folded into one, tables transposed. */
  choices: Choices;
  /** Lines already broken in this layout run, shared by every arrangement composition weighs. */
  lines: LineMemo;
}

export interface Choices {
  /** `columns` blocks set in another number of columns than the markup's: 1 (folded) or one more (widened). */
  columns: ReadonlyMap<Block, number>;
  transposed: ReadonlySet<Block>;
}

export const noChoices: Choices = { columns: new Map(), transposed: new Set() };

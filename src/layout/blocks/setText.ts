/** Spans of one block → broken lines: runs resolved (links, glyph check), then broken. */
import type { Span } from '../../markup/Block.js';
import type { TextStyle } from '../../theme.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { StructNode } from '../Page.js';
import { breakLines, type TextOrigin } from '../text/breakLines.js';
import { runsOf } from '../text/runsOf.js';
import type { TextLine } from '../text/TextLine.js';

/** `node` is the structure node the text belongs to; undefined makes it decoration. */
export function setText(spans: readonly Span[], style: TextStyle, width: number, ctx: MeasureContext, node: StructNode | undefined, origin: TextOrigin): TextLine[] {
  return breakLines(runsOf(spans, style, ctx, node, origin.line), width, ctx, origin);
}

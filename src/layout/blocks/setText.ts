/**
 * Spans of one block → broken lines: runs resolved (links, glyph check), then broken.
 * Composition measures the document once per arrangement it weighs; lines broken for the
 * same spans, style, width and structure node are kept for the layout run (`ctx`), so a
 * second arrangement re-breaks only what changed (a table transposed, a column folded): see
 * `MeasureContext.lines`.
 * Runs are made every time: they add the text's Link and Span nodes to the tree being built.
 */
import type { Span } from '../../markup/Block.js';
import type { TextStyle } from '../../model/Theme.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { StructNode } from '../Page.js';
import { breakLines, type TextOrigin } from '../text/breakLines.js';
import { runsOf } from '../text/runsOf.js';
import type { TextLine } from '../text/TextLine.js';


/** `node` is the structure node the text belongs to; undefined makes it decoration. */
export function setText(spans: readonly Span[], style: TextStyle, width: number, ctx: MeasureContext, node: StructNode | undefined, place: TextOrigin): TextLine[] {
  const runs = runsOf(spans, style, ctx, node, place.line);
  const kept = ctx.lines.get(spans) ?? ctx.lines.set(spans, new Map()).get(spans)!;
  const key = [width, style.font, style.size, style.leading, style.color.name, node?.key ?? '', place.kind, place.line].join('\u0000');
  let lines = kept.get(key);
  if (lines === undefined) {
    lines = breakLines(runs, width, ctx, place);
    kept.set(key, lines);
  }
  return lines;
}

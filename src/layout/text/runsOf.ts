/**
 * Spans → styled runs for one block. Links get their own Link node under `parent`; spans
 * that follow each other with the same target share it, so a link that is partly bold, or
 * broken across lines, is still one link. Every character is checked against its font.
 */
import { addNode } from '../StructBuilder.js';
import type { Span } from '../../markup/Block.js';
import type { TextStyle } from '../../theme.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { StructNode } from '../Page.js';
import { fontFor } from './fontFor.js';
import type { StyledRun } from './StyledRun.js';

/** `parent` undefined makes the runs decoration (no struct). */
export function runsOf(spans: readonly Span[], style: TextStyle, ctx: MeasureContext, parent: StructNode | undefined, line: number): StyledRun[] {
  const runs: StyledRun[] = [];
  let link: { href: string; node: StructNode } | undefined;
  for (const span of spans) {
    const font = fontFor(style.font, span.bold, span.italic);
    ctx.glyphs.check(span.text, font, line);
    const run: StyledRun = { text: span.text, font, size: style.size, color: style.color };
    if (span.href !== undefined && parent) {
      if (link?.href !== span.href) link = { href: span.href, node: addNode(parent, 'Link') };
      run.struct = link.node.key;
      run.href = span.href;
      run.color = ctx.theme.colors.link;
    } else {
      link = undefined;
      if (parent) run.struct = parent.key;
    }
    runs.push(run);
  }
  return runs;
}

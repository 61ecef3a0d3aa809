/**
 * Spans → styled runs for one block. Links get their own Link node under `parent`; spans
 * that follow each other with the same target share it, so a link that is partly bold, or
 * broken across lines, is still one link. Words marked in another language get a Span node
 * with that /Lang (a link in another language carries it on its Link), shared likewise.
 * Every character is checked against its font.
 */
import { addNode } from '../structNodes.js';
import type { Span } from '../../markup/Block.js';
import type { TextStyle } from '../../model/Theme.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { StructNode } from '../Page.js';
import { fontFor } from './fontFor.js';
import type { StyledRun } from './StyledRun.js';

/** `parent` undefined makes the runs decoration (no struct). */
export function runsOf(spans: readonly Span[], style: TextStyle, ctx: MeasureContext, parent: StructNode | undefined, line: number): StyledRun[] {
  const runs: StyledRun[] = [];
  let link: { href: string; node: StructNode } | undefined;
  let foreign: { lang: string; node: StructNode } | undefined;
  for (const span of spans) {
    const font = fontFor(style.font, span.bold, span.italic);
    ctx.glyphs.check(span.text, font, line);
    const run: StyledRun = { text: span.text, font, size: style.size, color: style.color };
    const lang = span.lang !== undefined ? { lang: span.lang } : {};
    if (span.href !== undefined && parent) {
      if (link?.href !== span.href) link = { href: span.href, node: addNode(parent, 'Link', lang) };
      foreign = undefined;
      run.struct = link.node.key;
      run.href = span.href;
      if (span.title !== undefined) run.title = span.title;
      run.color = ctx.theme.colors.link;
    } else if (span.lang !== undefined && parent) {
      if (foreign?.lang !== span.lang) foreign = { lang: span.lang, node: addNode(parent, 'Span', lang) };
      link = undefined;
      run.struct = foreign.node.key;
    } else {
      link = undefined;
      foreign = undefined;
      if (parent) run.struct = parent.key;
    }
    runs.push(run);
  }
  return runs;
}

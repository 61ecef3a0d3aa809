/**
 * Stage 7, layout: BlockTree → LaidOutDocument. Pure: fonts, theme, charts, hyphenation
 * and footer wording come in through `LayoutEnv`; pages of placed items go out.
 *
 * ```
 * blocks ─measure (once per block, at its column width; lines broken here)→ segments
 *   ─paginate (columns, keeps, splits, balancing)→ page bodies ─footers→ pages ─check
 *   ─attach structure (figure boxes, outline)→ out
 * ```
 *
 * Everything depends on the theme given: the same blocks laid out with the A5 theme make
 * the A5 edition.
 */
import type { ChartGraphic } from '../chartsvg/ChartGraphic.js';
import { attachStructure } from './attachStructure.js';
import type { FontSet } from '../fonts/FontSet.js';
import type { BlockTree } from '../markup/Block.js';
import type { Theme } from '../theme.js';
import { segmentsOf } from './blocks/segmentsOf.js';
import { pageFrame } from './flow/PageFrame.js';
import { paginate } from './flow/paginate.js';
import { createGlyphCheck, type GlyphCheck } from './glyphCheck.js';
import { LayoutError } from './LayoutError.js';
import type { MeasureContext } from './MeasureContext.js';
import { missingGlyphs } from './messages.js';
import type { LaidOutDocument, Page } from './Page.js';
import { checkInsidePage } from './page/checkInsidePage.js';
import { drawFooter } from './page/drawFooter.js';
import { structRoot } from './structNodes.js';

export interface LayoutEnv {
  fonts: FontSet;
  theme: Theme;
  /** Charts drawn at the sizes `chartSlots` gave them for this theme. */
  charts: ReadonlyMap<string, ChartGraphic>;
  /** Splits a word into hyphenation fragments, e.g. 'trafficking' → ['traf','fick','ing']; injected per language. */
  hyphenate: (word: string) => string[];
  /** Footer: left text (publisher · source) drawn on every page; page label function e.g. (n,total)=>`${n} / ${total}`. */
  footer: { text: string; pageLabel: (page: number, total: number) => string };
}

/** Throws LayoutError for content that cannot be laid out; a plain `layout:` Error for a broken invariant. */
export function layoutDocument(tree: BlockTree, env: LayoutEnv): LaidOutDocument {
  const { fonts, theme, footer } = env;
  const glyphs = createGlyphCheck(fonts);
  const ctx: MeasureContext = { fonts, theme, charts: env.charts, hyphenate: env.hyphenate, glyphs };
  const structure = structRoot();
  const frame = pageFrame(theme);

  const segments = segmentsOf(tree.blocks, ctx, frame, structure);
  glyphs.check(footer.text, theme.type.footer.font, 'footer');
  throwIfMissing(glyphs);

  const bodies = paginate(segments, frame, theme.space.maxSpread);
  const labels = bodies.map((_, i) => footer.pageLabel(i + 1, bodies.length));
  for (const label of labels) glyphs.check(label, theme.type.footer.font, 'page label');
  throwIfMissing(glyphs);

  const pages: Page[] = bodies.map((items, i) => ({
    width: frame.width,
    height: frame.height,
    items: [...items, ...drawFooter({ text: footer.text, label: labels[i]! }, frame, ctx)],
  }));
  pages.forEach((page, i) => checkInsidePage(page, i + 1, fonts));
  const outline = attachStructure(structure, pages);
  return { pages, structure, outline };
}

function throwIfMissing(glyphs: GlyphCheck): void {
  const problems = glyphs.problems();
  if (problems.length > 0) throw new LayoutError(missingGlyphs(problems));
}

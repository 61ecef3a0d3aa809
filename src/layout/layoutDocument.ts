/**
 * Stage 7, layout: BlockTree → ComposedDocument. Pure: fonts, theme, page policy, chart
 * boxes, hyphenation and footer wording come in through `LayoutEnv`; pages of placed
 * items go out, with the account of how they were composed.
 *
 * ```
 * blocks ─measure (at each block's column width; lines broken here)→ segments
 *   ─compose (page breaks, chart heights and spacing chosen over the whole document
 *     against the page policy; columns, keeps, splits, balancing)→ page bodies
 *   (both again for each arrangement the markup allows — columns folded, tables
 *    transposed — where the markup's own falls short; the cheapest is kept)
 *   ─footers→ pages ─check ─attach structure (figure boxes, outline)→ out
 * ```
 *
 * Everything depends on the theme given: the same blocks laid out with the A5 theme make
 * the A5 edition. Charts are placed as boxes of the height chosen for them (`chart` on
 * their vector items); the pipeline draws them at that size afterwards.
 */
import { attachStructure } from './attachStructure.js';
import type { ChartBox } from './ChartBox.js';
import type { CompositionReport } from './CompositionReport.js';
import type { FontSet } from '../fonts/FontSet.js';
import type { BlockTree } from '../markup/Block.js';
import type { Theme } from '../model/Theme.js';
import { segmentsOf } from './blocks/segmentsOf.js';
import { composePages, type Composition } from './flow/composePages.js';
import { pageFrame } from './flow/PageFrame.js';
import { paginate } from './flow/paginate.js';
import { createGlyphCheck, type GlyphCheck } from './glyphCheck.js';
import { LayoutError } from './LayoutError.js';
import type { Choices, MeasureContext } from './MeasureContext.js';
import type { LineMemo } from './MeasureContext.js';
import { chooseArrangement, costOfChoices } from './chooseArrangement.js';
import { missingGlyphs, tooManyPages, underfullPage, wrongPageCount } from './messages.js';
import type { ComposedDocument, Page } from './Page.js';
import { leastFill, type PagePolicy } from './PagePolicy.js';
import { checkInsidePage } from './page/checkInsidePage.js';
import { drawFooter } from './page/drawFooter.js';
import { structRoot } from './structNodes.js';

export interface LayoutEnv {
  fonts: FontSet;
  theme: Theme;
  /** What the publication asks of its pages at this size. */
  policy: PagePolicy;
  /** The charts the markup places, with the heights their slots may take (see `chartSlots`). */
  charts: ReadonlyMap<string, ChartBox>;
  /** Splits a word into hyphenation fragments, e.g. 'trafficking' → ['traf','fick','ing']; injected per language. */
  hyphenate: (word: string) => string[];
  /**
   * Footer: left text (publisher · source) drawn on every page; page label function e.g. (n,total)=>`${n} / ${total}`.
   * Not drawn where the policy says its pages have none (`PagePolicy.footer`).
   */
  footer: { text: string; pageLabel: (page: number, total: number) => string };
}

/** Throws LayoutError for content that cannot be laid out; a plain `layout:` Error for a broken invariant. */
export function layoutDocument(tree: BlockTree, env: LayoutEnv): ComposedDocument {
  const { fonts, theme, footer } = env;
  const glyphs = createGlyphCheck(fonts);
  const lines: LineMemo = new WeakMap();
  const frame = pageFrame(theme);
  const withFooter = env.policy.footer ?? true;

  // Each arrangement is measured under a structure root of its own: the one chosen leaves
  // exactly the tree it would have laid out directly, and the others nothing.
  const arrange = (choices: Choices) => {
    const ctx: MeasureContext = { fonts, theme, charts: env.charts, hyphenate: env.hyphenate, glyphs, choices, lines };
    const structure = structRoot();
    const segments = segmentsOf(tree.blocks, ctx, frame, structure);
    if (withFooter) glyphs.check(footer.text, theme.type.footer.font, 'footer');
    throwIfMissing(glyphs);
    const composition = composePages(segments, frame, {
      policy: env.policy,
      maxGap: theme.space.stretch,
      back: (back) => paginate(back, frame, theme.space.maxSpread),
    });
    return { choices, structure, composition, cost: composition.cost + costOfChoices(choices) };
  };
  const { structure, composition, cost, choices } = chooseArrangement(tree.blocks, theme, arrange);
  const bodies = composition.pages.map((p) => p.items);
  const most = env.policy.maxPages;
  if (most !== undefined && bodies.length > most) throw new LayoutError(tooManyPages(bodies.length, most, theme.page.size.toUpperCase()));
  const labels = withFooter ? bodies.map((_, i) => footer.pageLabel(i + 1, bodies.length)) : [];
  for (const label of labels) glyphs.check(label, theme.type.footer.font, 'page label');
  throwIfMissing(glyphs);

  const pages: Page[] = bodies.map((items, i) => ({
    width: frame.width,
    height: frame.height,
    items: withFooter ? [...items, ...drawFooter({ text: footer.text, label: labels[i]! }, frame, { fonts, theme })] : items,
  }));
  pages.forEach((page, i) => checkInsidePage(page, i + 1, fonts));
  const outline = attachStructure(structure, pages);
  return { pages, structure, outline, report: reportOf(composition, cost, choices, env.policy, theme) };
}

/** The composition in numbers, and the policy's rules it breaks (judged on the pages as set). */
function reportOf(composition: Composition, cost: number, choices: Choices, policy: PagePolicy, theme: Theme): CompositionReport {
  const n = composition.pages.length;
  const size = theme.page.size.toUpperCase();
  const unmet: string[] = [];
  if (n % policy.pageMultiple !== 0) unmet.push(wrongPageCount(n, policy.pageMultiple, size));
  composition.pages.forEach((p, i) => {
    const need = leastFill(policy, i, n);
    if (p.setting.fill < need - 1e-6) unmet.push(underfullPage(i + 1, n, p.setting.fill, need));
  });
  return {
    pages: composition.pages.map((p) => ({ fill: p.setting.fill, free: p.setting.free, ratio: p.setting.ratio, gapExtra: p.setting.gapExtra, cost: p.cost, back: p.back, chartApart: p.chartApart })),
    cost,
    columns: [...choices.columns].map(([b, count]) => ({ line: b.line, count })),
    transposed: [...choices.transposed].map((b) => b.line),
    unmet,
  };
}

function throwIfMissing(glyphs: GlyphCheck): void {
  const problems = glyphs.problems();
  if (problems.length > 0) throw new LayoutError(missingGlyphs(problems));
}

/**
 * The slot layout may give each chart, read off the block tree before the charts are
 * drawn: a chart is as wide as the column it flows in (the text width, or one of the
 * columns of a `columns` block, folded as `columnCount` folds them), and its height may
 * range as the theme says for that kind of slot. Layout chooses the height (see
 * `measureChart`); charts are then drawn at exactly that size, never scaled.
 */
import type { Block, BlockTree } from '../markup/Block.js';
import type { HeightRange, Theme } from '../theme.js';
import { columnCount, columnWidth, pageFrame } from './flow/PageFrame.js';

export interface ChartSlot extends HeightRange {
  width: number;
}

export function chartSlots(tree: BlockTree, theme: Theme): Map<string, ChartSlot> {
  const frame = pageFrame(theme);
  const slots = new Map<string, ChartSlot>();
  const walk = (blocks: readonly Block[], width: number) => {
    for (const block of blocks) {
      if (block.kind === 'chart') {
        const slot = { width, ...(width < frame.textWidth - 1 ? theme.chart.column : theme.chart.full) };
        const seen = slots.get(block.ref);
        if (seen && seen.width !== slot.width) {
          throw new Error(`layout: chart "${block.ref}" is placed twice in columns of different widths`);
        }
        slots.set(block.ref, slot);
      } else if (block.kind === 'columns') {
        walk(block.children, columnWidth(frame, columnCount(frame, block, width), width));
      } else if ('children' in block) {
        // Sections, keeps and the fill page set their blocks at the width they have.
        walk(block.children, width);
      }
    }
  };
  walk(tree.blocks, frame.textWidth);
  return slots;
}

/**
 * The size layout gives each chart, read off the block tree before the charts are drawn:
 * a chart is as wide as the column it flows in (the text width, or one of the columns of a
 * `columns` block, folded as `columnCount` folds them) and as tall as the theme says for
 * that kind of slot. Charts are then rendered at exactly this size, never scaled.
 */
import type { Block, BlockTree } from '../markup/Block.js';
import type { Theme } from '../theme.js';
import { columnCount, columnWidth, pageFrame } from './flow/PageFrame.js';

export interface ChartSlot {
  width: number;
  height: number;
}

export function chartSlots(tree: BlockTree, theme: Theme): Map<string, ChartSlot> {
  const frame = pageFrame(theme);
  const slots = new Map<string, ChartSlot>();
  const walk = (blocks: readonly Block[], width: number) => {
    for (const block of blocks) {
      if (block.kind === 'chart') {
        const slot = { width, height: width < frame.textWidth - 1 ? theme.chart.columnHeight : theme.chart.fullHeight };
        const seen = slots.get(block.ref);
        if (seen && (seen.width !== slot.width || seen.height !== slot.height)) {
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

/**
 * The slot layout may give each chart, read off the block tree before the charts are
 * drawn: a chart is as wide as the column it flows in (the text width, or one of the
 * columns of a `columns` block, folded as `columnCount` folds them), and its height may
 * range as the theme says for that kind of slot. Layout chooses the height (see
 * `measureChart`); charts are then drawn at exactly that size, never scaled.
 */
import type { Block, BlockTree } from '../markup/Block.js';
import type { HeightRange, Theme } from '../model/Theme.js';
import { columnCount, columnWidth, pageFrame } from './flow/PageFrame.js';
import { foldableColumns } from './foldableColumns.js';

export interface ChartSlot extends HeightRange {
  width: number;
  /** The slot across the text width, where the chart's columns may fold into one (see `segmentsOf`). */
  folded?: ChartSlot;
}

export function chartSlots(tree: BlockTree, theme: Theme): Map<string, ChartSlot> {
  const frame = pageFrame(theme);
  const slots = new Map<string, ChartSlot>();
  const full = { width: frame.textWidth, ...theme.chart.full };
  const foldable = foldableColumns(tree.blocks);
  /** `folds`: inside columns that composition may fold into one. */
  const walk = (blocks: readonly Block[], width: number, folds = false) => {
    for (const block of blocks) {
      if (block.kind === 'chart') {
        const fits = width < frame.textWidth - 1;
        const slot: ChartSlot = { width, ...(fits ? theme.chart.column : theme.chart.full), ...(folds && fits && { folded: full }) };
        const seen = slots.get(block.ref);
        if (seen && seen.width !== slot.width) {
          throw new Error(`layout: chart "${block.ref}" is placed twice in columns of different widths`);
        }
        slots.set(block.ref, slot);
      } else if (block.kind === 'columns') {
        walk(block.children, columnWidth(frame, columnCount(frame, block, width), width), folds || foldable.has(block));
      } else if ('children' in block) {
        // Sections, keeps and the fill page set their blocks at the width they have.
        walk(block.children, width, folds);
      }
    }
  };
  walk(tree.blocks, frame.textWidth);
  return slots;
}

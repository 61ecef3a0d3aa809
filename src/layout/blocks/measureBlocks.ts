/**
 * Blocks that flow at one width → flowables, in reading order. Sections add a Sect node
 * and flow their children in place; a `keep` stacks its children into one piece, balancing
 * any columns in it. Blocks that shape pages (page breaks, the banner, columns outside a
 * keep) are not allowed here: only the top level (see `segmentsOf`) places those.
 */
import { addNode } from '../structNodes.js';
import type { Block } from '../../markup/Block.js';
import type { Flowable } from '../flow/Flowable.js';
import { LayoutError } from '../LayoutError.js';
import type { MeasureContext } from '../MeasureContext.js';
import { notAllowedInside } from '../messages.js';
import type { StructNode } from '../Page.js';
import { columnsInKeep } from './columnsInKeep.js';
import { keepTogether } from './keepTogether.js';
import { measureBigNumbers } from './measureBigNumbers.js';
import { measureChart } from './measureChart.js';
import { measureContact } from './measureContact.js';
import { measureHeading } from './measureHeading.js';
import { measureList } from './measureList.js';
import { measureParagraph } from './measureParagraph.js';
import { measureQr } from './measureQr.js';
import { measureTable } from './measureTable.js';

/** `container` names the enclosing block for the error about misplaced blocks. */
export function measureBlocks(blocks: readonly Block[], width: number, ctx: MeasureContext, parent: StructNode, container: string): Flowable[] {
  return blocks.flatMap((block): Flowable[] => {
    switch (block.kind) {
      case 'heading':
        return [measureHeading(block, width, ctx, parent)];
      case 'paragraph':
        return [measureParagraph(block, width, ctx, parent)];
      case 'list':
        return [measureList(block, width, ctx, parent)];
      case 'table':
        return [measureTable(block, width, ctx, parent)];
      case 'chart':
        return [measureChart(block, width, ctx, parent)];
      case 'bignumbers':
        return [measureBigNumbers(block, width, ctx, parent)];
      case 'contact':
        return [measureContact(block, width, ctx, parent)];
      case 'qr':
        return [measureQr(block, width, ctx, parent)];
      case 'section':
        return measureBlocks(block.children, width, ctx, addNode(parent, 'Sect'), container);
      case 'keep':
        return [keepTogether(block.line, measureBlocks(block.children, width, ctx, parent, 'a keep group'))];
      case 'columns':
        if (container === 'a keep group')
          return [columnsInKeep(block, width, ctx, parent, (w) => measureBlocks(block.children, w, ctx, parent, 'columns'))];
        throw new LayoutError(notAllowedInside(block.kind, block.line, container));
      case 'pagebreak':
      case 'fillpage':
      case 'banner':
        throw new LayoutError(notAllowedInside(block.kind, block.line, container));
      default: {
        const never: never = block;
        throw new Error(`layout: unknown block ${JSON.stringify(never)}`);
      }
    }
  });
}

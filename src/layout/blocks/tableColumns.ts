/** Column widths of a table, pt: the markup's relative widths (or equal ones) scaled to `width`. */
import type { TableBlock } from '../../markup/Block.js';
import { LayoutError } from '../LayoutError.js';
import { tableWidthsMismatch } from '../messages.js';

export function tableColumns(block: TableBlock, width: number): number[] {
  const count = Math.max(0, ...[...block.head, ...block.body, ...block.foot].map((r) => r.cells.length));
  const relative = block.widths ?? Array<number>(count).fill(1);
  if (relative.length !== count) throw new LayoutError(tableWidthsMismatch(block.line, relative.length, count));
  const sum = relative.reduce((a, b) => a + b, 0);
  return relative.map((w) => (width * w) / sum);
}

/**
 * A `keep` group: its blocks measured as usual, then stacked into one piece that never
 * splits, so it moves to the next column or page whole.
 */
import type { KeepBlock } from '../../markup/Block.js';
import type { Flowable } from '../flow/Flowable.js';
import { solidFlowable } from '../flow/solidFlowable.js';

export function keepTogether(block: KeepBlock, parts: readonly Flowable[]): Flowable {
  const tops: number[] = [];
  let y = 0;
  parts.forEach((f, i) => {
    if (i > 0) y += Math.max(parts[i - 1]!.spaceAfter, f.spaceBefore);
    tops.push(y);
    y += f.height;
  });
  const meta = { kind: 'keep', line: block.line, spaceBefore: parts[0]?.spaceBefore ?? 0, spaceAfter: parts[parts.length - 1]?.spaceAfter ?? 0 };
  return solidFlowable(meta, y, (x, top) => parts.flatMap((f, i) => f.draw(x, top + tops[i]!)));
}

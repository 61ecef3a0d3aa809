import type { PlacedItem } from '../Page.js';
import type { Flex, Flowable, FlowMeta } from './Flowable.js';

/**
 * A block that never splits: heading, chart, big numbers, contact, a `keep` group. A chart
 * (or a group holding one) is flexible: `draw` gets the ratio its page was set at.
 */
export function solidFlowable(meta: FlowMeta, height: number, draw: (x: number, y: number, ratio: number) => PlacedItem[], flex: Flex = { stretch: 0, shrink: 0 }): Flowable {
  return { ...meta, keepWithNext: meta.keepWithNext ?? false, height, minHead: height, ...flex, split: () => null, draw: (x, y, ratio = 0) => draw(x, y, ratio) };
}

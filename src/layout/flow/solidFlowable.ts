import type { PlacedItem } from '../Page.js';
import type { Flowable, FlowMeta } from './Flowable.js';

/** A block that never splits: heading, chart, big numbers, contact, a `keep` group. */
export function solidFlowable(meta: FlowMeta, height: number, draw: (x: number, y: number) => PlacedItem[]): Flowable {
  return { ...meta, keepWithNext: meta.keepWithNext ?? false, height, minHead: height, split: () => null, draw };
}

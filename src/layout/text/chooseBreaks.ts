/**
 * Total-fit line breaking for ragged-right text (Knuth–Plass without stretch): among all
 * ways to break the items into lines no wider than `width`, pick the one with the least
 * demerits — each line but the last costs (100 · slack / width)², plus the cost of the
 * break taken. Compared with greedy filling this evens the rag and hyphenates only where a
 * hyphen really helps. Returns the indices of the glue/penalty items broken at, ending with
 * `items.length`; null when some box is wider than `width` on its own.
 */
import { breakCosts } from './breakCosts.js';
import type { LineItem } from './LineItem.js';

export function chooseBreaks(items: readonly LineItem[], width: number): number[] | null {
  const n = items.length;
  if (n === 0) return [];
  // prefix[i]: natural width of items[0, i); glue counts, penalties only when broken at.
  const prefix = new Float64Array(n + 1);
  items.forEach((it, i) => (prefix[i + 1] = prefix[i]! + (it.kind === 'penalty' ? 0 : it.width)));
  // best/previous are indexed by break + 1, so the paragraph start (-1) is slot 0.
  const best = new Float64Array(n + 2).fill(Infinity);
  const previous = new Int32Array(n + 2).fill(-2);
  best[0] = 0;
  let active: number[] = [-1];
  for (let b = 0; b <= n; b++) {
    const item = items[b];
    if (b < n && item!.kind === 'box') continue;
    const last = b === n;
    const alive: number[] = [];
    for (const a of active) {
      const natural = prefix[b]! - prefix[a + 1]!;
      if (natural > width) continue; // only wider from here on: a is done
      alive.push(a);
      const w = natural + (item?.kind === 'penalty' ? item.width : 0);
      if (w > width) continue;
      const slack = (100 * (width - w)) / width;
      const demerits = best[a + 1]! + (last ? 0 : slack * slack) + (item && item.kind !== 'box' ? item.cost : 0) + pairCost(items[a], item, last);
      if (demerits < best[b + 1]!) {
        best[b + 1] = demerits;
        previous[b + 1] = a;
      }
    }
    active = alive;
    if (best[b + 1]! < Infinity) active.push(b);
  }
  if (best[n + 1] === Infinity) return null;
  const breaks: number[] = [];
  for (let b = n; b !== -1; b = previous[b + 1]!) breaks.unshift(b);
  return breaks;
}

/** Costs that depend on both ends of a line: hyphen ladders and a hyphen before the last line. */
function pairCost(start: LineItem | undefined, end: LineItem | undefined, last: boolean): number {
  const hyphenAtStart = start?.kind === 'penalty' && start.hyphen;
  if (!hyphenAtStart) return 0;
  if (last) return breakCosts.hyphenBeforeLastLine;
  return end?.kind === 'penalty' && end.hyphen ? breakCosts.consecutiveHyphens : 0;
}

/**
 * A `keep` group: its blocks measured as usual, then stacked into one piece that moves to
 * the next column or page whole. A group holding a chart is as flexible as its blocks
 * together: set at a ratio, each of them is set at it.
 *
 * One break is allowed, at a cost: between a table and the chart after it, so the chart
 * (with what follows it, its source) may go to the next page rather than leave a hole
 * where the whole group would not fit. The composer weighs that against the hole.
 */
import type { Flowable } from '../flow/Flowable.js';
import { heightAt } from '../flow/Flowable.js';
import { solidFlowable } from '../flow/solidFlowable.js';

/** What parting a chart from its table costs (on the scale of `pageCost`): more than taste, less than a rule. */
export const CHART_APART = 150;

export function keepTogether(line: number, parts: readonly Flowable[], piece = 0): Flowable {
  const tops = (ratio: number) => {
    const out: number[] = [];
    let y = 0;
    parts.forEach((f, i) => {
      if (i > 0) y += Math.max(parts[i - 1]!.spaceAfter, f.spaceBefore);
      out.push(y);
      y += heightAt(f, ratio);
    });
    return { tops: out, height: y };
  };
  const meta = { kind: 'keep', line, spaceBefore: parts[0]?.spaceBefore ?? 0, spaceAfter: parts[parts.length - 1]?.spaceAfter ?? 0 };
  const flex = { stretch: sum(parts.map((f) => f.stretch)), shrink: sum(parts.map((f) => f.shrink)) };
  const whole = solidFlowable(
    meta,
    tops(0).height,
    (x, top, ratio) => {
      const at = tops(ratio).tops;
      return parts.flatMap((f, i) => f.draw(x, top + at[i]!, ratio));
    },
    flex,
  );
  const cut = parts.findIndex((f, i) => i > 0 && f.kind === 'chart' && parts[i - 1]!.kind === 'table');
  if (cut < 0) return { ...whole, piece };
  const head = () => ({ ...keepTogether(line, parts.slice(0, cut), piece), penalty: CHART_APART });
  const headHeight = tops(0).tops[cut - 1]! + heightAt(parts[cut - 1]!);
  return {
    ...whole,
    piece,
    minHead: Math.min(whole.height, headHeight),
    split: (room) => (headHeight <= room + 1e-6 ? { head: head(), tail: keepTogether(line, parts.slice(cut), piece + cut) } : null),
  };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Lines of one paragraph as stack slices, one per line. A break is 'avoid' where it would
 * leave a single line behind (an orphan before it, a widow after it); elsewhere 'good'.
 */
import type { Align } from '../../markup/Block.js';
import type { TextStyle } from '../../model/Theme.js';
import type { MeasureContext } from '../MeasureContext.js';
import type { Slice } from '../flow/stackFlowable.js';
import { drawLines } from '../text/drawLines.js';
import type { TextLine } from '../text/TextLine.js';

export interface LineSliceOptions {
  style: TextStyle;
  /** Measure the lines were broken for, pt. */
  width: number;
  align?: Align;
  /** Shift of the text from the slice's left edge, pt (a list's hanging indent). */
  indent?: number;
}

export function lineSlices(lines: readonly TextLine[], opts: LineSliceOptions, ctx: MeasureContext): Slice[] {
  const n = lines.length;
  return lines.map((line, k) => ({
    height: opts.style.leading,
    gapBefore: 0,
    breakBefore: k === 1 || k === n - 1 ? 'avoid' : 'good',
    draw: (x: number, y: number) =>
      drawLines([line], { x: x + (opts.indent ?? 0), y, width: opts.width, align: opts.align ?? 'left', style: opts.style }, ctx.fonts),
  }));
}

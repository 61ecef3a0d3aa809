/**
 * The page boxes of an output, pt, for a trim of `width` × `height`. Without bleed the
 * media box is the trim. With bleed, the media box also holds the crop marks: each mark
 * starts `MARK_GAP` outside the bleed and is `MARK_LENGTH` long, so none reaches into it.
 * Layout's coordinates have the trim's top-left corner at (0, 0); `offset` is where that
 * corner sits on the media box.
 */
import type { Output } from './Output.js';

const MARK_GAP = 3;
const MARK_LENGTH = 14;
/** Room kept beyond the marks' outer ends. */
const MARK_MARGIN = 3;

/** `[x0, y0, x1, y1]`, PDF user space: y up from the media box's bottom-left corner. */
export type PdfBox = [number, number, number, number];

export interface PageBoxes {
  media: [number, number];
  offset: number;
  trim: PdfBox;
  bleed: PdfBox;
}

export function pageBoxes(width: number, height: number, output: Output): PageBoxes {
  const offset = output.cropMarks ? output.bleed + MARK_GAP + MARK_LENGTH + MARK_MARGIN : output.bleed;
  const media: [number, number] = [width + 2 * offset, height + 2 * offset];
  const b = output.bleed;
  return {
    media,
    offset,
    trim: [offset, offset, offset + width, offset + height],
    bleed: [offset - b, offset - b, offset + width + b, offset + height + b],
  };
}

/** The eight crop-mark strokes, in layout coordinates (trim corner at 0, 0; y down). */
export function cropMarks(width: number, height: number, bleed: number): [number, number, number, number][] {
  const [a, z] = [bleed + MARK_GAP, bleed + MARK_GAP + MARK_LENGTH];
  const marks: [number, number, number, number][] = [];
  for (const x of [0, width]) {
    for (const y of [0, height]) {
      const sx = x === 0 ? -1 : 1;
      const sy = y === 0 ? -1 : 1;
      marks.push([x + sx * a, y, x + sx * z, y]);
      marks.push([x, y + sy * a, x, y + sy * z]);
    }
  }
  return marks;
}

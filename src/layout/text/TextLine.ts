import type { StyledRun } from './StyledRun.js';

/** One run's part of a line: its text as drawn (with a hyphen if broken there). */
export interface TextFragment {
  /** From the line's start, pt. */
  x: number;
  /** Measured advance of `text`, pt. */
  width: number;
  text: string;
  /** The text without the hyphen added at a line break, when one was added. */
  actualText?: string;
  run: StyledRun;
}

/** A broken line: fragments left to right, `width` the sum of their advances (pt). */
export interface TextLine {
  width: number;
  fragments: TextFragment[];
}

import type { FontKey } from '../../fonts/FontSet.js';

/** A span with its look resolved: what line breaking measures and placed text carries. */
export interface StyledRun {
  text: string;
  font: FontKey;
  /** pt */
  size: number;
  color: string;
  /** Structure node of the text (the block's node or its Link node); absent for decoration. */
  struct?: number;
  href?: string;
}

import type { Color } from '../../graphics/Color.js';
import type { FontKey } from '../../fonts/FontSet.js';

/**
 * A span with its look resolved: what line breaking measures and placed text carries.
 * `struct` is the block's node or its Link node; absent for decoration.
 */
export interface StyledRun {
  text: string;
  font: FontKey;
  size: number;
  color: Color;
  struct?: string;
  /** Link target; `struct` is then the Link node. */
  href?: string;
  /** The link's whole target in words: its annotation's description. */
  title?: string;
}

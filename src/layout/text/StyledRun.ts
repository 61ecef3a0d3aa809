import type { PlacedText } from '../Page.js';

/**
 * A span with its look resolved: what line breaking measures and placed text carries.
 * `struct` is the block's node or its Link node; absent for decoration.
 */
export type StyledRun = Pick<PlacedText, 'text' | 'font' | 'size' | 'color' | 'struct' | 'href'>;

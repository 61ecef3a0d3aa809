/**
 * The document as the paginator walks it: runs of blocks that flow in a number of columns
 * (1 for the full text width), page breaks, and the banner drawn at a page's top edge.
 */
import type { PlacedItem } from '../Page.js';
import type { Flowable } from './Flowable.js';

export type Segment = FlowSegment | { kind: 'pagebreak' } | BannerSegment;

/** Segments of one `fillpage` block share its number; `part` counts its own blocks. */
interface Spread {
  spread?: number;
  part?: number;
}

export interface FlowSegment extends Spread {
  kind: 'flow';
  columns: number;
  /** Measured for the column width of `columns` columns. */
  items: Flowable[];
}

export interface BannerSegment extends Spread {
  kind: 'banner';
  /** Page items of the band, in page coordinates. */
  items: PlacedItem[];
  /** Where the flow resumes below the band, pt from the page top. */
  bottom: number;
}

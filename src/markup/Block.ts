/**
 * The block tree: what `parseMarkup` makes of the layout markup and `layout` places.
 * Every block keeps the markup line it came from, so layout problems can name it.
 */

/** A run of inline text with one style. Soft hyphens are not in here: layout hyphenates. */
export interface Span {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** `https:`, `mailto:` or `tel:` target; the run is painted as a tagged link. */
  href?: string;
  /** The link's whole target in words (`Phone 080 17 22`), its annotation's description. */
  title?: string;
  /** BCP 47 language of text in another language than the document's (`<span lang>`). */
  lang?: string;
}

/** Paragraph styles, each a line in the theme's type scale. */
export type ParagraphStyle = 'body' | 'lead' | 'statement' | 'note' | 'source' | 'small';

export type Align = 'left' | 'right' | 'center';

export interface TableCell {
  spans: Span[];
  /** A header cell (TH); `scope` says whether it heads its column or its row. */
  header: boolean;
  scope?: 'col' | 'row';
  align: Align;
}

export interface TableRow {
  cells: TableCell[];
}

interface BlockBase {
  /** 1-based line in the markup where the block starts. */
  line: number;
  /**
   * The keys in the text files of the texts the block prints (`<t key>` in the markup, which
   * `{{text}}` writes), in order: what a layout problem of the block names. Containers have none.
   */
  keys?: string[];
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  level: 1 | 2 | 3;
  spans: Span[];
}

export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  style: ParagraphStyle;
  spans: Span[];
}

export interface ListBlock extends BlockBase {
  kind: 'list';
  /** Each item is a run of inline text; the bullet is decoration drawn by layout. */
  items: Span[][];
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  /** Header rows repeat when the table splits across columns or pages. */
  head: TableRow[];
  body: TableRow[];
  /** Totals rows, set apart by a rule. */
  foot: TableRow[];
  /** Relative column widths (sum need not be 1); omitted means equal. */
  widths?: number[];
  /**
   * `transpose="auto"`: layout may set the table transposed (rows as columns), where the
   * columns would be too narrow for their figures or the pages are better composed so.
   */
  transpose?: boolean;
  /** Trailing columns that hold totals (`total-columns`): transposed, they become the totals rows. */
  totalColumns?: number;
}

export interface ChartBlock extends BlockBase {
  kind: 'chart';
  /** Id of a `ChartSvg`. */
  ref: string;
}

export interface BigNumber {
  /** Already formatted for the language. */
  value: string;
  label: Span[];
}

export interface BigNumbersBlock extends BlockBase {
  kind: 'bignumbers';
  items: BigNumber[];
}

export interface ContactBlock extends BlockBase {
  kind: 'contact';
  name: Span[];
  /** Each line is a paragraph of its own (label and value with links). */
  lines: Span[][];
}

/**
 * A QR code beside its caption. The code encodes the target of the caption's (first) link,
 * so the words, the printed address and the code cannot disagree.
 */
export interface QrBlock extends BlockBase {
  kind: 'qr';
  caption: Span[];
}

/** A coloured band at the top of the first page: title and subtitle. */
export interface BannerBlock extends BlockBase {
  kind: 'banner';
  title: Span[];
  subtitle: Span[];
}

/** A titled group of blocks; tagged as a section (Sect). */
export interface SectionBlock extends BlockBase {
  kind: 'section';
  children: Block[];
}

/** Blocks that flow in `count` columns, balanced, within the current page area. */
export interface ColumnsBlock extends BlockBase {
  kind: 'columns';
  count: number;
  children: Block[];
}

/** Blocks that must stay together in one column (e.g. a table and its chart). */
export interface KeepBlock extends BlockBase {
  kind: 'keep';
  children: Block[];
}

/**
 * A page of its own (the back page): starts a new page, and on the page where it ends the
 * space left over is shared out between its blocks, so the page is filled, not left half
 * empty. Top level only.
 */
export interface FillPageBlock extends BlockBase {
  kind: 'fillpage';
  children: Block[];
}

export interface PageBreakBlock extends BlockBase {
  kind: 'pagebreak';
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | ChartBlock
  | BigNumbersBlock
  | ContactBlock
  | QrBlock
  | BannerBlock
  | SectionBlock
  | ColumnsBlock
  | KeepBlock
  | FillPageBlock
  | PageBreakBlock;

/** The parsed markup: the document's blocks in reading order. */
export interface BlockTree {
  /** Document title and language come from the markup's root attributes. */
  title: string;
  lang: string;
  blocks: Block[];
}

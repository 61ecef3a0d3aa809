/**
 * Content that cannot be laid out as the markup asks (too tall, too wide, a glyph the fonts
 * lack, a chart that was not rendered). It carries the block at fault, when one is, so the
 * pipeline can name the text keys that block's words came from (`Block.keys`); its wording
 * comes from `messages.ts`. A broken invariant of layout is a plain `Error`, a bug.
 */
export interface LayoutProblem {
  /** The block at fault, by kind and the markup line it starts on; none for the page's own parts (the footer). */
  block?: { kind: string; line: number };
  /** What is wrong, with the numbers: `is 12.0 pt taller than an empty column (480.0 pt)`. */
  reason: string;
}

export class LayoutError extends Error {
  constructor(readonly problem: LayoutProblem) {
    const { block, reason } = problem;
    super(block ? `layout: ${block.kind} at markup line ${block.line} ${reason}` : `layout: ${reason}`);
    this.name = 'LayoutError';
  }
}

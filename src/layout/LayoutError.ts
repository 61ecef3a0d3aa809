/**
 * Content that cannot be laid out as the markup asks (too tall, too wide, a glyph the fonts
 * lack, a chart that was not rendered). The message names the block and the numbers; its
 * wording comes from `messages.ts`.
 */
export class LayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayoutError';
  }
}

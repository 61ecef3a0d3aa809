import type { PlacedText } from '../layout/Page.js';
import type { PaintContext } from './PaintContext.js';

/** Schemes a reader of the printed-and-shared leaflet can follow safely. */
const SCHEMES = ['https:', 'mailto:', 'tel:'];

/**
 * Puts a URI link annotation over the run's ink box (baseline − ascent to baseline +
 * |descent|, pt) and makes it an OBJR child of the run's Link element, which is what PDF/UA
 * asks for: the Link holds both the visible text and the annotation.
 */
export function annotateLink(ctx: PaintContext, run: PlacedText, struct: number, href: string): void {
  const { doc, fonts, tags } = ctx;
  const role = tags.node(struct).role;
  if (role !== 'Link') {
    throw new Error(`paint: run "${run.text}" has href ${href} but belongs to a ${role}, not a Link`);
  }
  if (!SCHEMES.some((scheme) => href.startsWith(scheme))) {
    throw new Error(`paint: link ${href} must start with ${SCHEMES.join(', ')}`);
  }
  const ascent = fonts.ascent(run.font, run.size);
  const descent = -fonts.descent(run.font, run.size);
  doc.link(run.x, run.y - ascent, run.width, ascent + descent, href, {
    structParent: tags.element(struct),
    // A PDF string needs a String object: pdfkit writes a plain string as a /Name.
    Contents: new String(run.text.trim()) as unknown as string,
  });
}

import type { PlacedLink } from '../layout/Page.js';
import type { PaintContext } from './PaintContext.js';

/** Schemes a reader of a printed-and-shared document can follow safely. */
const SCHEMES = ['https:', 'mailto:', 'tel:'];

/**
 * Puts a URI link annotation over the box layout gave the link and makes it an OBJR child
 * of its Link element, which is what PDF/UA asks for: the Link holds both the visible
 * content and the annotation.
 */
export function annotateLink({ doc, tags, output }: PaintContext, link: PlacedLink): void {
  // PDF/X allows no annotation on the printed area; the Link element keeps its text.
  if (output.outputIntent) return;
  const role = tags.node(link.struct).role;
  if (role !== 'Link') throw new Error(`paint: link ${link.href} belongs to a ${role}, not a Link`);
  if (!SCHEMES.some((scheme) => link.href.startsWith(scheme))) {
    throw new Error(`paint: link ${link.href} must start with ${SCHEMES.join(', ')}`);
  }
  const { x, y, w, h } = link.box;
  doc.link(x, y, w, h, link.href, {
    structParent: tags.element(link.struct),
    // A PDF string needs a String object: pdfkit writes a plain string as a /Name.
    Contents: new String(link.contents) as unknown as string,
    // No border: the link is underlined in the content, and a border has no CMYK value.
    Border: [0, 0, 0],
  } as PDFKit.Mixins.AnnotationOption);
}

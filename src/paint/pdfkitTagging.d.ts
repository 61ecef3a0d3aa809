/**
 * Options pdfkit 0.20 honours but @types/pdfkit 0.17 does not yet declare
 * (read in node_modules/pdfkit/js/pdfkit.js: PDFStructureElement, AnnotationsMixin.annotate).
 */
declare namespace PDFKit.Mixins {
  interface StructureElementOptions {
    /** Written as the element's attribute `/A << /O /Table /Scope /… >>`. */
    scope?: 'Column' | 'Row' | 'Both';
  }
  interface AnnotationOption {
    /** The annotation becomes an OBJR child of this element and gets a /StructParent key. */
    structParent?: PDFKit.PDFStructureElement;
  }
}

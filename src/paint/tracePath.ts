/**
 * Adds an SVG path (`d`) to the current PDF path, as pdfkit's `doc.path(d)` does, parsing
 * each `d` once per process: pdfkit parses it again on every call, and a chart's paths are
 * painted in every variant, every page size's file of the same drawing, and every `watch`
 * rebuild whose chart did not change. The operators kept are those pdfkit wrote for it
 * (`m`, `l`, `c`, `v`, `h`: the path alone, with no state of the document), so the bytes
 * are the same.
 */

/** The operators of each path traced so far, one line each, by its `d`. */
const traced = new Map<string, string>();
/** More would only hold a long `watch` session's old charts. */
const MAX_PATHS = 20_000;

export function tracePath(doc: PDFKit.PDFDocument, d: string): void {
  const pdf = doc as unknown as { addContent(data: string): unknown };
  let ops = traced.get(d);
  if (ops === undefined) {
    const written: string[] = [];
    // Every operator pdfkit writes for the path, caught on its way to the page.
    pdf.addContent = (data: string) => written.push(data);
    try {
      doc.path(d);
    } finally {
      delete (pdf as { addContent?: unknown }).addContent;
    }
    ops = written.join('\n');
    if (traced.size >= MAX_PATHS) traced.clear();
    traced.set(d, ops);
  }
  // pdfkit ends each operator with a line break as it writes it to the page.
  if (ops !== '') pdf.addContent(ops);
}

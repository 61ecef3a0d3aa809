import * as mupdf from 'mupdf';

/**
 * Renders every page of a PDF to PNG bytes with mupdf (WebAssembly, no native build).
 * `dpi` 72 gives one pixel per pt. Annotations are drawn, as a viewer shows them.
 */
export function renderPdfPages(pdf: Uint8Array, dpi = 72): Uint8Array[] {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  const scale = dpi / 72;
  const pngs: Uint8Array[] = [];
  try {
    for (let i = 0; i < doc.countPages(); i++) {
      const page = doc.loadPage(i);
      const pixmap = page.toPixmap(mupdf.Matrix.scale(scale, scale), mupdf.ColorSpace.DeviceRGB, false, true);
      pngs.push(pixmap.asPNG());
      pixmap.destroy();
      page.destroy();
    }
  } finally {
    doc.destroy();
  }
  return pngs;
}

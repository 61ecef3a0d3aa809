/**
 * Renders every page of a PDF to PNG bytes with mupdf (WebAssembly, no native build).
 * `dpi` 72 gives one pixel per pt. Annotations are drawn, as a viewer shows them.
 * mupdf is loaded on first use: only `watch` previews need it, and it takes a while.
 */
export async function renderPdfPages(pdf: Uint8Array, dpi = 72): Promise<Uint8Array[]> {
  const mupdf = await import('mupdf');
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

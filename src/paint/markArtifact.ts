/**
 * Draws decoration as an Artifact, so assistive technology and text extraction skip it.
 * The marked-content sequence is closed before returning: pdfkit closes every open marking
 * when an Artifact starts, so artifacts are never nested inside tagged content.
 */
export function markArtifact(doc: PDFKit.PDFDocument, draw: () => void): void {
  doc.markContent('Artifact');
  draw();
  doc.endMarkedContent();
}

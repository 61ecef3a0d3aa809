import type { Hatch } from '../graphics/Vector.js';
import type { Output } from './Output.js';

/**
 * One PDF tiling pattern per hatch geometry, made on first use in this document: an
 * uncoloured pattern (PaintType 2) whose lines take the colour it is used with, so one
 * pattern serves every series, in the output's own colour space. It is opaque line art:
 * no transparency, valid in PDF/X and PDF/A.
 */
export function hatchPatterns(doc: PDFKit.PDFDocument, colors: Output['colors']): (hatch: Hatch) => PDFKit.PDFTilingPattern {
  const made = new Map<string, PDFKit.PDFTilingPattern>();
  return (hatch) => {
    const key = `${hatch.lineWidth}/${hatch.spacing}`;
    let pattern = made.get(key);
    if (!pattern) {
      pattern = hatchPattern(doc, hatch, colors === 'cmyk' ? 'DeviceCMYK' : 'DeviceRGB');
      made.set(key, pattern);
    }
    return pattern;
  };
}

function hatchPattern(doc: PDFKit.PDFDocument, hatch: Hatch, space: 'DeviceCMYK' | 'DeviceRGB'): PDFKit.PDFTilingPattern {
  // A square cell crossed by lines of slope 1 (rising to the right on the page, y down):
  // spacing apart at right angles is spacing·√2 apart along an edge. Three lines, so the
  // corners of the neighbouring cells' lines are drawn too and the tiles join seamlessly.
  const side = hatch.spacing * Math.SQRT2;
  const n = (v: number) => Number(v.toFixed(4));
  const lines = [0, 1, 2].map((k) => `${n(-side)} ${n(k * side + side)} m ${n(2 * side)} ${n(k * side - 2 * side)} l`);
  const pattern = doc.pattern([0, 0, n(side), n(side)], n(side), n(side), `${n(hatch.lineWidth)} w 0 J ${lines.join(' ')} S`);
  // pdfkit registers the pattern colour space over both DeviceRGB and DeviceCMYK on each
  // page it is used on; a print page must name no RGB space, so only the output's own is.
  const patterned = pattern as unknown as { doc: { page: { colorSpaces: Record<string, unknown> }; ref(data: unknown): { end(): void } } };
  pattern.embedPatternColorSpaces = () => {
    const id = pattern.getPatternColorSpaceId(space);
    const page = patterned.doc.page;
    if (page.colorSpaces[id]) return;
    const ref = patterned.doc.ref(['Pattern', space]);
    ref.end();
    page.colorSpaces[id] = ref;
  };
  return pattern;
}

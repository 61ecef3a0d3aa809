/**
 * tracePath writes an SVG path's operators as pdfkit's `doc.path(d)` does, the first time
 * and every later time from what it kept.
 */
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { tracePath } from '../../src/paint/tracePath.js';

/** Every operator written to a fresh page while `draw` runs. */
function written(draw: (doc: PDFKit.PDFDocument) => void): string {
  const doc = new PDFDocument({ size: [200, 100], margin: 0, compress: false });
  const lines: string[] = [];
  const pdf = doc as unknown as { page: { write(data: string): unknown } };
  const write = pdf.page.write.bind(pdf.page);
  pdf.page.write = (data: string) => (lines.push(data), write(data));
  draw(doc);
  return lines.join('\n');
}

/** Lines, curves, arcs (drawn as curves), relative and shorthand commands, a closed shape. */
const PATHS = ['M0,0L10.5,0L10.5,20.25Z', 'M5 5 C 10 10, 20 10, 25 5 S 40 0, 45 5', 'm1,1h10v10h-10z', 'M10,10A5,5,0,1,1,20,10A5,5,0,1,1,10,10', 'M0,0Q5,10,10,0T20,0', ''];

describe('tracePath', () => {
  it.each(PATHS)('writes "%s" as doc.path does, each time', (d) => {
    const byPdfkit = written((doc) => doc.path(d).fill('black'));
    expect(written((doc) => (tracePath(doc, d), doc.fill('black')))).toBe(byPdfkit);
    expect(written((doc) => (tracePath(doc, d), doc.fill('black')))).toBe(byPdfkit);
  });

  it('leaves the document writing to its page afterwards', () => {
    const text = written((doc) => {
      tracePath(doc, 'M0,0L1,1');
      doc.rect(0, 0, 5, 5).fill('black');
    });
    expect(text).toContain('0 0 5 5 re');
  });
});

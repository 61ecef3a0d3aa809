/**
 * The A5 edition (issue 5): a real relayout of the A4 leaflet on 148 × 210 mm, not a
 * scaled copy — every page A5, no text below 7 pt (chart text included), more pages, and
 * every number of the A4 edition still printed.
 */
import * as mupdf from 'mupdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVariants, type Built } from '../support/buildVariants.js';
import { pageContent } from '../support/contentStream.js';
import { readPdf, type ReadPdf } from '../support/pdf.js';

/** A5 in pt. */
const A5 = { width: 419.53, height: 595.28 };
const MIN_TEXT_SIZE = 7;

/**
 * Every number printed outside page furniture (footers are artifacts), with how often it
 * appears: in chart figures (`inCharts`) or in the text, tables and contacts.
 */
function numbersIn(pdf: ReadPdf, inCharts: boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of pdf.pages) {
    for (const item of page.items) {
      if (item.tag === 'Artifact' || (item.tag === 'Figure') !== inCharts) continue;
      for (const n of item.str.match(/\d[\d.,]*/g) ?? []) {
        const number = n.replace(/[.,]$/, ''); // a full stop or comma after a number ends the sentence
        counts.set(number, (counts.get(number) ?? 0) + 1);
      }
    }
  }
  return counts;
}

describe('the A5 edition', () => {
  let built: Partial<Built>;
  let a4: ReadPdf;
  let a5: ReadPdf;

  beforeAll(async () => {
    built = await buildVariants(['a4', 'a5'], ['screen']);
    [a4, a5] = await Promise.all([readPdf(built['a4-screen']!), readPdf(built['a5-screen']!)]);
  });

  it('has A5 media boxes, 419.53 × 595.28 pt, on every page', () => {
    const doc = new mupdf.PDFDocument(new Uint8Array(built['a5-screen']!));
    for (let i = 0; i < doc.countPages(); i++) {
      const box: number[] = [];
      doc.findPage(i).get('MediaBox').forEach((v) => box.push(v.asNumber()));
      expect(box[2]! - box[0]!, `page ${i + 1} width`).toBeCloseTo(A5.width, 2);
      expect(box[3]! - box[1]!, `page ${i + 1} height`).toBeCloseTo(A5.height, 2);
    }
  });

  it('sets no text below 7 pt, chart text included (font size × text matrix scale)', () => {
    const doc = new mupdf.PDFDocument(new Uint8Array(built['a5-screen']!));
    const runs = Array.from({ length: doc.countPages() }, (_, i) => pageContent(doc.findPage(i)).texts.map((t) => ({ ...t, page: i + 1 }))).flat();
    expect(runs.filter((r) => r.tag === 'Figure').length, 'chart text is among the runs').toBeGreaterThan(20);
    const smallest = runs.reduce((a, b) => (b.pageSize < a.pageSize ? b : a));
    expect(smallest.pageSize, `smallest: ${smallest.size} pt ${smallest.font} in ${smallest.tag} on page ${smallest.page}`).toBeGreaterThanOrEqual(MIN_TEXT_SIZE - 1e-6);
  });

  it('has more pages than the A4 edition', () => {
    expect(a5.pageCount).toBeGreaterThan(a4.pageCount);
  });

  it('prints every number of the A4 edition’s text, tables and contacts at least as often', () => {
    const inA4 = numbersIn(a4, false);
    const inA5 = numbersIn(a5, false);
    expect(inA4.size, 'distinct numbers in A4').toBeGreaterThan(40);
    const missing = [...inA4].filter(([n, count]) => (inA5.get(n) ?? 0) < count).map(([n, count]) => `${n}: ${count} in A4, ${inA5.get(n) ?? 0} in A5`);
    expect(missing).toEqual([]);
  });

  it('prints every number of the A4 edition’s charts in its charts too', () => {
    // As a set, not a count: axis ticks follow the chart's size (a taller A4 chart can tick
    // every 5 where A5 ticks every 10), so only the values matter here.
    const inA4 = numbersIn(a4, true);
    const inA5 = numbersIn(a5, true);
    expect(inA4.size, 'distinct numbers in A4 charts').toBeGreaterThan(15);
    expect([...inA4.keys()].filter((n) => !inA5.has(n))).toEqual([]);
  });
});

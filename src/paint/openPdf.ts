import PDFDocument from 'pdfkit';
import type { PaintEnv } from './paintDocument.js';

/**
 * A tagged PDF 1.7 with no automatic page: pages come from layout. Both dates are pinned to
 * `meta.creationDate` because pdfkit derives the file ID from the info dictionary, so the
 * same input gives the same bytes.
 */
export function openPdf(meta: PaintEnv['meta']): PDFKit.PDFDocument {
  return new PDFDocument({
    pdfVersion: '1.7',
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    autoFirstPage: false,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords.join(', '),
      Creator: 'factsheet',
      CreationDate: meta.creationDate,
      ModDate: meta.creationDate,
    },
  });
}

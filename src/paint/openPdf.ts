import PDFDocument from 'pdfkit';
import type { Output } from './Output.js';
import type { PaintEnv } from './paintDocument.js';
import { writeXmp } from './writeXmp.js';

/**
 * A tagged PDF with no automatic page: pages come from layout. Both dates are pinned to
 * `meta.creationDate` because pdfkit derives the file ID from the info dictionary, so the
 * same input gives the same bytes. PDF/X-4 asks for PDF 1.6 or later and a Trapped key.
 * The archive variant opens as pdfkit's PDF/A-3a subset, which adds the sRGB output intent
 * and the `pdfaid` entries; the rest of the XMP is ours (writeXmp). Never encrypted.
 */
export function openPdf(meta: PaintEnv['meta'], output: Output): PDFKit.PDFDocument {
  const pdfx = output.outputIntent !== undefined;
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    autoFirstPage: false,
    ...(output.archival && { subset: output.archival.pdfa }),
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords.join(', '),
      Creator: 'factsheet',
      CreationDate: meta.creationDate,
      ModDate: meta.creationDate,
      ...(pdfx && { Trapped: 'False' as never }),
    },
  } as PDFKit.PDFDocumentOptions);
  writeXmp(doc, { lang: meta.lang, ...(output.archival && { pdfua: output.archival.pdfua }) });
  return doc;
}

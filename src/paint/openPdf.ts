import PDFDocument from 'pdfkit';
import type { Output } from './Output.js';
import type { PaintEnv } from './PaintEnv.js';
import { writeXmp } from './writeXmp.js';

/**
 * A PDF name for the info dictionary, which pdfkit otherwise writes as strings only:
 * pdfkit writes an object that is not a string, reference, array or plain object (told
 * apart by its `Object.prototype.toString` tag) as `'' + value`.
 */
class PdfName {
  readonly #name: string;
  constructor(name: string) {
    this.#name = name;
  }
  get [Symbol.toStringTag](): string {
    return 'PdfName';
  }
  toString(): string {
    return `/${this.#name}`;
  }
}

/**
 * A tagged PDF with no automatic page: pages come from layout. Both dates are pinned to
 * `meta.creationDate` because pdfkit derives the file ID from the info dictionary, so the
 * same input gives the same bytes. PDF/X-4 is PDF 1.6 with a Trapped key.
 * The archive variant opens as pdfkit's PDF/A-3a subset, which adds the sRGB output intent
 * and the `pdfaid` entries; the rest of the XMP is ours (writeXmp). Never encrypted.
 */
export function openPdf(meta: PaintEnv['meta'], output: Output): PDFKit.PDFDocument {
  const pdfx = output.outputIntent !== undefined;
  const doc = new PDFDocument({
    pdfVersion: pdfx ? '1.6' : '1.7',
    tagged: true,
    lang: meta.lang,
    displayTitle: true,
    autoFirstPage: false,
    // No default font: pdfkit would load Helvetica's metrics for nothing (every run names its font).
    font: '',
    ...(output.archival && { subset: output.archival.pdfa }),
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Keywords: meta.keywords.join(', '),
      Creator: 'factsheet',
      CreationDate: meta.creationDate,
      ModDate: meta.creationDate,
      ...(pdfx && { Trapped: new PdfName('False') as never }),
    },
  } as PDFKit.PDFDocumentOptions);
  writeXmp(doc, { lang: meta.lang, ...(output.archival && { pdfua: output.archival.pdfua }), ...(pdfx && { untrapped: true }) });
  return doc;
}

/**
 * PNG previews of built PDFs, as files for the write transaction:
 * `<out>/previews/<file>-page-N.png`, one per page, at `PREVIEW_DPI`.
 */
import { join } from 'node:path';
import type { OutputFile } from './writeAll.js';
import { renderPdfPages } from './renderPdfPages.js';

/** Enough to judge layout on screen; a full A4 page is about 800 × 1130 px. */
export const PREVIEW_DPI = 96;

export const previewDir = (out: string) => join(out, 'previews');

export const previewName = (pdfName: string, page: number) => `${pdfName.replace(/\.pdf$/, '')}-page-${page}.png`;

export async function previewFiles(out: string, pdfs: readonly { fileName: string; pdf: Uint8Array }[]): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  for (const { fileName, pdf } of pdfs) {
    const pages = await renderPdfPages(pdf, PREVIEW_DPI);
    files.push(...pages.map((bytes, i) => ({ path: join(previewDir(out), previewName(fileName, i + 1)), bytes })));
  }
  return files;
}

/**
 * How an exporter writes the laid-out pages: which colour values, which page boxes, which
 * standards the file claims. The pages are the same for every output; only these choices
 * differ.
 */
export type Variant = 'screen' | 'print' | 'archive' | 'sheet';
export const VARIANTS: readonly Variant[] = ['screen', 'print', 'archive', 'sheet'];

export interface Output {
  variant: Variant;
  /** `rgb` writes each colour's sRGB value (DeviceRGB); `cmyk` its CMYK value (DeviceCMYK). */
  colors: 'rgb' | 'cmyk';
  /** Bleed beyond the trim on every side, pt (0: the media box is the trim). */
  bleed: number;
  /** Crop marks in registration colour outside the bleed. */
  cropMarks: boolean;
  /** The print shop's ICC profile: the file is then PDF/X-4 with this output intent. */
  outputIntent?: { profile: Buffer; name: string };
  /**
   * The archive's identification: PDF/A-3a (pdfkit adds the sRGB output intent and
   * `pdfaid`) and PDF/UA-1 (`pdfuaid`, with the extension schema PDF/A asks for).
   */
  archival?: { pdfa: 'PDF/A-3a'; pdfua: 1 };
  /** Embed the edition's data files as associated files (PDF/A-3 allows them, PDF/A-2 not). */
  attachData: boolean;
}

export const screenOutput: Output = { variant: 'screen', colors: 'rgb', bleed: 0, cropMarks: false, attachData: false };

/** For official correspondence and records: sRGB like the screen edition, identified as PDF/A-3a and PDF/UA-1. */
export const archiveOutput: Output = { variant: 'archive', colors: 'rgb', bleed: 0, cropMarks: false, archival: { pdfa: 'PDF/A-3a', pdfua: 1 }, attachData: true };

/**
 * For the office printer: several copies of each page imposed on a sheet (`imposeSheets`),
 * sRGB like the screen edition; the cut marks are the imposition's, not crop marks.
 */
export const sheetOutput: Output = { variant: 'sheet', colors: 'rgb', bleed: 0, cropMarks: false, attachData: false };

/** 1 mm in pt. */
export const MM = 72 / 25.4;

export function printOutput(bleedMm: number, outputIntent?: Output['outputIntent']): Output {
  return { variant: 'print', colors: 'cmyk', bleed: bleedMm * MM, cropMarks: true, attachData: false, ...(outputIntent && { outputIntent }) };
}

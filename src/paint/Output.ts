/**
 * How an exporter writes the laid-out pages: which colour values, which page boxes. The
 * pages are the same for every output; only these choices differ.
 */
export type Variant = 'screen' | 'print';
export const VARIANTS: readonly Variant[] = ['screen', 'print'];

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
}

export const screenOutput: Output = { variant: 'screen', colors: 'rgb', bleed: 0, cropMarks: false };

/** 1 mm in pt. */
export const MM = 72 / 25.4;

export function printOutput(bleedMm: number, outputIntent?: Output['outputIntent']): Output {
  return { variant: 'print', colors: 'cmyk', bleed: bleedMm * MM, cropMarks: true, ...(outputIntent && { outputIntent }) };
}

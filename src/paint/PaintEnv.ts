/** What painting a laid-out document needs besides its pages: fonts, the output's choices, metadata and attachments. */
import type { FontKey } from '../fonts/FontSet.js';
import type { Attachment } from './attachFiles.js';
import type { Output } from './Output.js';

export interface PaintEnv {
  /** The edition's data files; embedded when the output asks for its data (`attachData`). */
  attachments?: readonly Attachment[];
  /** The fonts layout measured with, for this PDF alone (`FontSet.pdfFonts`), embedded (subset) under their FontKey. */
  fonts: Record<FontKey, unknown>;
  output: Output;
  meta: {
    title: string;
    /** BCP 47, e.g. `sl-SI`. */
    lang: string;
    author: string;
    subject: string;
    keywords: string[];
    /** Also the modification date; pins the file ID, so output is reproducible. */
    creationDate: Date;
  };
}

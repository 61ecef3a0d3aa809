/**
 * The edition's data, carried inside the PDF (PDF/A-3 associated files): each file becomes an
 * embedded file stream (`/Subtype /text#2Fcsv`, `/Params << /ModDate /Size … >>`) with a file
 * specification (`F`, `UF`, `Desc`, `AFRelationship`), listed in the catalog's `/AF` and
 * in the EmbeddedFiles name tree, so any reader's attachment panel shows them. The bytes are
 * embedded as they were read, never re-encoded.
 */

/** One file to embed, as the pipeline read it from the edition folder. */
export interface Attachment {
  /** File name as in the edition folder, e.g. `sales.csv`. */
  name: string;
  /** The data table it holds (file stem): Figures that draw this table are associated with it. */
  table: string;
  bytes: Buffer;
  mime: 'text/csv';
  /** The file's description (`/Desc`), in the edition's language. */
  description: string;
  /** The edition's publication date: the file's `/ModDate`. */
  modDate: Date;
  /** `Data`: the figures the document shows; `Source`: what they were made from. */
  relationship: 'Data' | 'Source';
}

/** Embeds `attachments` and returns each file specification by its table. */
export function attachFiles(doc: PDFKit.PDFDocument, attachments: readonly Attachment[]): Map<string, PDFKit.PDFKitReference> {
  const specs = new Map<string, PDFKit.PDFKitReference>();
  for (const a of attachments) {
    if (specs.has(a.table)) throw new Error(`paint: two attachments hold table ${a.table}`);
    const file = doc as unknown as { file(src: Uint8Array, options: object): PDFKit.PDFKitReference };
    specs.set(
      a.table,
      file.file(new Uint8Array(a.bytes), { name: a.name, type: a.mime, relationship: a.relationship, description: a.description, modifiedDate: a.modDate }),
    );
  }
  return specs;
}

/**
 * PDF/X-4 identification for the print edition, when the print shop gave its ICC profile:
 * the profile embedded as the document's output intent (`GTS_PDFX`), and the XMP entries
 * ISO 15930-7 asks for (version, document and version ids, rendition class; both dates are
 * written with the other Info entries, and `pdf:Trapped`, by writeXmp). A PDF/X page carries
 * no annotation (annotateLink), and the file is PDF 1.6 (openPdf).
 * The content is DeviceCMYK only and has no transparency, so it is valid for that intent.
 */
import { createHash } from 'node:crypto';
import type { Output } from './Output.js';
import { xmpDate } from './writeXmp.js';

export function addPdfx(doc: PDFKit.PDFDocument, intent: NonNullable<Output['outputIntent']>, title: string): void {
  const internal = doc as unknown as {
    ref(data: object): PDFKit.PDFKitReference & { write(b: Buffer): void; end(): void };
    _root: { data: Record<string, unknown> };
    info: { CreationDate: Date };
  };
  const profile = internal.ref({ N: 4, Length: intent.profile.length });
  profile.write(intent.profile);
  profile.end();
  const outputIntent = internal.ref({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: new String(intent.name),
    Info: new String(intent.name),
    DestOutputProfile: profile,
  });
  outputIntent.end();
  internal._root.data.OutputIntents = [outputIntent];
  const date = xmpDate(internal.info.CreationDate);
  // Derived from the content that names the edition, so rebuilds keep the same id.
  const hex = createHash('sha256').update(`${title}\u0000${date}`).digest('hex');
  const uuid = `uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
  doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
            <pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
            <xmpMM:DocumentID>${uuid}</xmpMM:DocumentID>
            <xmpMM:InstanceID>${uuid}</xmpMM:InstanceID>
            <xmpMM:VersionID>1</xmpMM:VersionID>
            <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
        </rdf:Description>`);
}

/** Problems with a file given as an ICC output profile, or none: PDF/X needs a CMYK output profile. */
export function iccProblem(bytes: Buffer): string | undefined {
  if (bytes.length < 132) return 'is too short to be an ICC profile';
  if (bytes.toString('latin1', 36, 40) !== 'acsp') return 'is not an ICC profile (no "acsp" signature)';
  if (bytes.readUInt32BE(0) !== bytes.length) return 'is an ICC profile whose size field does not match the file (truncated?)';
  if (bytes.toString('latin1', 16, 20) !== 'CMYK') return `is an ICC profile for ${bytes.toString('latin1', 16, 20).trim()}, not CMYK`;
  if (bytes.toString('latin1', 12, 16) !== 'prtr') return 'is an ICC profile, but not an output (printer) profile';
  return undefined;
}

/**
 * The XMP metadata stream, written by us for every variant. pdfkit's own `_addInfo` copies
 * the Info strings into XMP unescaped, so a `&` in a title made the packet invalid XML; here
 * every value is escaped. PDF/A asks that XMP and the Info dictionary agree: title, author,
 * subject, keywords, creator tool, producer and both dates are taken from `doc.info`, the
 * dictionary pdfkit writes. The archive variant adds `pdfuaid:part` and the `pdfaExtension`
 * schema that declares it (pdfuaid is not one of PDF/A's predefined namespaces); pdfkit adds
 * `pdfaid` itself when it is opened with a PDF/A `subset`.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** ISO 8601 in UTC, to the second: how XMP writes the Info dates (`D:…Z`). */
export const xmpDate = (date: Date) => `${date.toISOString().split('.')[0]}Z`;

export interface XmpClaims {
  /** BCP 47 language of the document, for `dc:language`. */
  lang: string;
  /** PDF/UA part to claim, if any. */
  pdfua?: number;
  /** Say the file is not trapped (PDF/X), as the Info dictionary's `/Trapped /False` does. */
  untrapped?: boolean;
}

interface InfoDict {
  Title?: string;
  Author?: string;
  Subject?: string;
  Keywords?: string;
  Creator: string;
  Producer: string;
  CreationDate: Date;
  ModDate?: Date;
}

type XmlDoc = PDFKit.PDFDocument & { info: InfoDict; _addInfo(): void; appendXML(xml: string): void };

/** Replaces pdfkit's XMP entries for the Info dictionary by escaped ones (called when the document ends). */
export function writeXmp(pdf: PDFKit.PDFDocument, claims: XmpClaims): void {
  const doc = pdf as XmlDoc;
  doc._addInfo = () => doc.appendXML(xmpEntries(doc.info, claims));
}

function xmpEntries(info: InfoDict, claims: XmpClaims): string {
  const alt = (value: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escape(value)}</rdf:li></rdf:Alt>`;
  const out = [
    `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">`,
    `<xmp:CreateDate>${xmpDate(info.CreationDate)}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${xmpDate(info.ModDate ?? info.CreationDate)}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${xmpDate(info.ModDate ?? info.CreationDate)}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escape(info.Creator)}</xmp:CreatorTool>`,
    `</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    `<dc:format>application/pdf</dc:format>`,
    ...(info.Title ? [`<dc:title>${alt(info.Title)}</dc:title>`] : []),
    ...(info.Author ? [`<dc:creator><rdf:Seq><rdf:li>${escape(info.Author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    ...(info.Subject ? [`<dc:description>${alt(info.Subject)}</dc:description>`] : []),
    `<dc:language><rdf:Bag><rdf:li>${escape(claims.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `</rdf:Description>`,
    `<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`,
    `<pdf:Producer>${escape(info.Producer)}</pdf:Producer>`,
    ...(info.Keywords ? [`<pdf:Keywords>${escape(info.Keywords)}</pdf:Keywords>`] : []),
    ...(claims.untrapped ? ['<pdf:Trapped>False</pdf:Trapped>'] : []),
    `</rdf:Description>`,
  ];
  if (claims.pdfua !== undefined) {
    out.push(
      `<rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">`,
      `<pdfuaid:part>${claims.pdfua}</pdfuaid:part>`,
      `</rdf:Description>`,
      PDFUA_EXTENSION,
    );
  }
  return out.join('\n');
}

/** The PDF/A extension schema describing `pdfuaid:part` (ISO 19005-2 §6.6.2.3, as ISO 14289-1 gives it). */
const PDFUA_EXTENSION = `<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas>
<rdf:Bag>
<rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property>
<rdf:Seq>
<rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li>
</rdf:Seq>
</pdfaSchema:property>
</rdf:li>
</rdf:Bag>
</pdfaExtension:schemas>
</rdf:Description>`;

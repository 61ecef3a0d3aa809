/**
 * The structure tree as written, read with mupdf's object API: what pdf.js does not expose
 * (attributes such as a TH's /Scope, and which page an annotation reference names).
 */
import * as mupdf from 'mupdf';

export interface RawStructElement {
  role: string;
  /** The /A attribute dictionary, e.g. `{ O: 'Table', Scope: 'Column' }`. */
  attributes?: Record<string, unknown>;
  alt?: string;
  /** /Lang and /ActualText of the element, where it has them. */
  lang?: string;
  actualText?: string;
  /** File names (/F) of the file specifications in the element's /AF. */
  files?: string[];
  /** 0-based page of each marked-content kid, in order. */
  contentPages: number[];
  /** Annotation references: 0-based page named by the OBJR's /Pg, and the annotation's page. */
  objects: Array<{ pg: number; annotationPage: number }>;
  children: RawStructElement[];
}

export function rawStruct(bytes: Uint8Array): RawStructElement[] {
  const doc = new mupdf.PDFDocument(new Uint8Array(bytes));
  const pageNumbers = new Map<number, number>();
  const annotationPages = new Map<number, number>();
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.findPage(i);
    pageNumbers.set(page.asIndirect(), i);
    page.get('Annots').forEach((annot) => annotationPages.set(annot.asIndirect(), i));
  }
  const element = (obj: mupdf.PDFObject, inheritedPage: number): RawStructElement => {
    const pg = obj.get('Pg');
    const page = pg.isNull() ? inheritedPage : pageNumbers.get(pg.asIndirect())!;
    const out: RawStructElement = { role: obj.get('S').asName(), contentPages: [], objects: [], children: [] };
    if (obj.get('A').isDictionary()) out.attributes = obj.get('A').asJS() as Record<string, unknown>;
    if (obj.get('Alt').isString()) out.alt = obj.get('Alt').asString();
    if (obj.get('Lang').isString()) out.lang = obj.get('Lang').asString();
    if (obj.get('ActualText').isString()) out.actualText = obj.get('ActualText').asString();
    if (obj.get('AF').isArray()) {
      const files: string[] = [];
      obj.get('AF').forEach((spec) => files.push(spec.get('F').asString()));
      out.files = files;
    }
    const kids = obj.get('K');
    const each = kids.isArray() ? (fn: (k: mupdf.PDFObject) => void) => kids.forEach(fn) : (fn: (k: mupdf.PDFObject) => void) => fn(kids);
    each((kid) => {
      if (kid.isNumber()) out.contentPages.push(page);
      else if (kid.get('Type').isName() && kid.get('Type').asName() === 'OBJR') {
        out.objects.push({ pg: pageNumbers.get(kid.get('Pg').asIndirect())!, annotationPage: annotationPages.get(kid.get('Obj').asIndirect())! });
      } else if (kid.get('Type').isName() && kid.get('Type').asName() === 'MCR') {
        out.contentPages.push(pageNumbers.get(kid.get('Pg').asIndirect())!);
      } else if (kid.isDictionary()) out.children.push(element(kid, page));
    });
    return out;
  };
  const root = doc.getTrailer().get('Root', 'StructTreeRoot', 'K');
  const tops: RawStructElement[] = [];
  if (root.isArray()) root.forEach((k) => tops.push(element(k, -1)));
  else if (root.isDictionary()) tops.push(element(root, -1));
  return tops;
}

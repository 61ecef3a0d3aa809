/**
 * A Figure's layout /BBox says where its drawing is: the box layout placed it in, turned
 * into PDF user space (y up, from the media box's corner), on the screen page and on the
 * print page, where the trim sits inside the bleed and the marks.
 */
import * as mupdf from 'mupdf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LaidOutDocument, StructNode } from '../../src/layout/Page.js';
import { buildVariants, layOutEdition } from '../support/buildVariants.js';
import { rawStruct, type RawStructElement } from '../support/rawStruct.js';

const figuresOf = (node: StructNode): StructNode[] => (node.role === 'Figure' ? [node] : node.children.flatMap(figuresOf));
const rawFigures = (nodes: RawStructElement[]): RawStructElement[] => nodes.flatMap((n) => (n.role === 'Figure' ? [n] : rawFigures(n.children)));

describe('Figure boxes', () => {
  let laidOut: LaidOutDocument;
  let files: Record<string, Buffer>;

  beforeAll(async () => {
    laidOut = await layOutEdition('a4');
    files = (await buildVariants(['a4'], ['screen', 'print'])) as Record<string, Buffer>;
  });

  it.each(['a4-screen', 'a4-print'])('%s: each Figure’s /BBox is its placed box in PDF coordinates', (name) => {
    const bytes = files[name]!;
    const page = new mupdf.PDFDocument(new Uint8Array(bytes)).findPage(0);
    const media = [0, 1, 2, 3].map((i) => page.get('MediaBox').get(i).asNumber());
    const trim = page.get('TrimBox').isNull() ? media : [0, 1, 2, 3].map((i) => page.get('TrimBox').get(i).asNumber());
    const [left, top] = [trim[0]!, media[3]! - trim[3]!];
    const expected = figuresOf(laidOut.structure).map((f) => {
      const { x, y, w, h } = f.placed!.box;
      return [x + left, media[3]! - (y + h + top), x + w + left, media[3]! - (y + top)];
    });
    const written = rawFigures(rawStruct(bytes)).map((f) => f.attributes!.BBox as number[]);
    expect(written.length).toBe(expected.length);
    written.forEach((box, i) => box.forEach((v, k) => expect(v).toBeCloseTo(expected[i]![k]!, 1)));
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { paintDocument } from '../../src/paint/paintDocument.js';
import { flattenStruct, type FlatStructNode } from '../support/flattenStruct.js';
import { readPdf, type ReadPdf } from '../support/pdf.js';
import { rawStruct, type RawStructElement } from '../support/rawStruct.js';
import { CHART_ALT, LINK_HREF, fonts, sampleDocument, sampleEnv } from './sampleDocument.js';

let bytes: Buffer;
let pdf: ReadPdf;
let tags: FlatStructNode[][];

beforeAll(async () => {
  bytes = await paintDocument(sampleDocument(), sampleEnv());
  pdf = await readPdf(bytes);
  tags = pdf.pages.map(flattenStruct);
});

const all = (role: string) => tags.flat().filter((n) => n.role === role);
const rawAll = (role: string, from = rawStruct(bytes)): RawStructElement[] =>
  from.flatMap((e) => [...(e.role === role ? [e] : []), ...rawAll(role, e.children)]);

describe('paintDocument: pages and text', () => {
  it('adds one page per laid-out page, at its size', () => {
    expect(pdf.pageCount).toBe(2);
    expect(pdf.pages.map((p) => [p.width, p.height])).toEqual([[300, 200], [300, 200]]);
  });

  it('draws every run, in the order layout placed them', () => {
    expect(pdf.pages[0].items.map((i) => i.str)).toEqual(['Trafficking in Slovenia', 'Most victims were women', '1']);
    expect(pdf.pages[1].text).toBe(
      'exploited for sex; see gov.si for help. • Victims 42 • Cases 17 Year Victims 2024 42 Victims 2024 2',
    );
  });

  it('draws each run at its baseline, as wide as layout measured it', () => {
    const placed = sampleDocument().pages[0].items.filter((i) => i.kind === 'text');
    pdf.pages[0].items.forEach((item, i) => {
      expect(item.x).toBeCloseTo(placed[i].x, 2);
      expect(item.y).toBeCloseTo(placed[i].y, 2);
      expect(item.width).toBeCloseTo(placed[i].width, 2);
    });
  });

  it("draws the chart's text as real, searchable text inside the Figure", () => {
    expect(all('Figure')).toEqual([expect.objectContaining({ alt: CHART_ALT, text: 'Victims 2024' })]);
  });

  it('draws chart text where its shape puts it within the chart’s box', () => {
    const label = pdf.pages[1].items.find((i) => i.str === 'Victims 2024')!;
    // The chart sits at (160, 60); the label's baseline starts at (40, 40) inside it.
    expect([label.x, label.y]).toEqual([expect.closeTo(200, 2), expect.closeTo(100, 2)]);
  });

  it('embeds subsets of the TrueType fonts it uses', () => {
    // A six-letter tag before the PostScript name marks a subset (ISO 32000-1, 9.6.4).
    const names = [...new Set(pdf.pages.flatMap((p) => p.fonts))];
    expect(names.every((name) => /^[A-Z]{6}\+SourceSans3-/.test(name)), names.join()).toBe(true);
    expect(names.map((name) => name.slice(7)).sort()).toEqual(['SourceSans3-Bold', 'SourceSans3-Regular', 'SourceSans3-SemiBold']);
    expect(bytes.toString('latin1')).toContain('/FontFile2');
  });
});

describe('paintDocument: tags', () => {
  it('mirrors the structure tree, one element per node', () => {
    const roles = ['H1', 'P', 'Link', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'THead', 'TBody', 'TR', 'TH', 'TD', 'Figure'];
    for (const role of roles) expect(all(role).length, role).toBeGreaterThan(0);
    expect(rawAll('P')).toHaveLength(1);
    expect(rawAll('TD')).toHaveLength(2);
  });

  it("puts each run's text into its own element", () => {
    expect(all('H1').map((n) => n.text)).toEqual(['Trafficking in Slovenia']);
    expect(all('LBody').map((n) => n.text)).toEqual(['Victims 42', 'Cases 17']);
    expect(all('TH').map((n) => n.text)).toEqual(['Year', 'Victims']);
    expect(all('TD').map((n) => n.text)).toEqual(['2024', '42']);
  });

  it('keeps one paragraph across the page break, with the link read in its place', () => {
    expect(all('P').map((n) => n.text)).toEqual(['Most victims were women', 'exploited for sex; see gov.si for help.']);
    expect(rawAll('P')[0].contentPages).toEqual([0, 1, 1]);
    const p2 = pdf.pages[1].struct!.children[0] as { children: Array<{ role?: string; type?: string }> };
    const paragraph = p2.children.find((c) => c.role === 'P') as { children: Array<{ role?: string; type?: string }> };
    expect(paragraph.children.map((c) => c.role ?? c.type)).toEqual(['content', 'Link', 'content']);
  });

  it('gives a Figure the box it is drawn in as a layout attribute, in PDF space', () => {
    // Box x 160–280, y 60–120 from the top of a 200 pt page: y 80–140 from the bottom.
    expect(rawAll('Figure')[0]!.attributes).toEqual({ O: 'Layout', Placement: 'Block', BBox: [160, 80, 280, 140] });
  });

  it('gives header cells a column scope attribute', () => {
    expect(rawAll('TH').map((e) => e.attributes)).toEqual([
      { O: 'Table', Scope: 'Column' },
      { O: 'Table', Scope: 'Column' },
    ]);
  });

  it('keeps decoration out of the tree as artifacts', () => {
    const decoration = pdf.pages.flatMap((p) => p.items.filter((i) => i.tag === 'Artifact').map((i) => i.str));
    expect(decoration).toEqual(['1', '2']);
    const tagged = pdf.pages.flatMap((p) => p.items.filter((i) => i.mcid).map((i) => i.str));
    expect(tagged).not.toContain('1');
    expect(tagged).not.toContain('2');
  });
});

describe('paintDocument: links', () => {
  it("lays a URI annotation over the run's box", () => {
    const [link] = pdf.pages[1].annotations;
    expect(pdf.pages[1].annotations).toHaveLength(1);
    expect(link).toMatchObject({ subtype: 'Link', url: LINK_HREF, contents: LINK_HREF });
    const ascent = fonts.ascent('regular', 10);
    const descent = -fonts.descent('regular', 10);
    const [x1, y1, x2, y2] = link.rect;
    expect(x1).toBeCloseTo(125, 1);
    expect(x2).toBeCloseTo(125 + fonts.width('gov.si', 'regular', 10), 1);
    expect(y2).toBeCloseTo(200 - (30 - ascent), 1);
    expect(y1).toBeCloseTo(200 - (30 + descent), 1);
  });

  it('makes the annotation a child of the Link element, naming its page', () => {
    expect(all('Link')).toEqual([expect.objectContaining({ text: 'gov.si', objects: 1 })]);
    expect(rawAll('Link')[0].objects).toEqual([{ pg: 1, annotationPage: 1 }]);
  });
});

describe('paintDocument: document', () => {
  it('is a tagged PDF 1.7 with language, title shown and pinned dates', () => {
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    expect(pdf.tagged).toBe(true);
    expect(pdf.viewerPreferences).toMatchObject({ DisplayDocTitle: true });
    expect(pdf.info).toMatchObject({
      Language: 'sl-SI',
      Title: 'Trgovina z ljudmi v Sloveniji (2019–2024)',
      Author: 'Ministrstvo za notranje zadeve',
      Subject: 'Statistični pregled',
      Keywords: 'trgovina z ljudmi, Slovenija',
      CreationDate: 'D:20250301090000Z',
      ModDate: 'D:20250301090000Z',
    });
    expect(pdf.xmp['dc:title']).toBe('Trgovina z ljudmi v Sloveniji (2019–2024)');
  });

  it('gives identical bytes for identical input', async () => {
    const again = await paintDocument(sampleDocument(), sampleEnv());
    expect(again.equals(bytes)).toBe(true);
    const later = await paintDocument(sampleDocument(), sampleEnv({ creationDate: new Date('2026-01-01T00:00:00Z') }));
    expect(later.equals(bytes)).toBe(false);
  });
});

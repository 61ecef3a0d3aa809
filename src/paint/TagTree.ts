import type { Box, LaidOutDocument, PlacedItem, StructNode } from '../layout/Page.js';

/**
 * Mirrors layout's StructNode tree as pdfkit structure elements while the pages are painted.
 *
 * pdfkit lists an element's children (its own marked content and its child elements) in
 * the order they are `add`ed. So a child element is added to its parent when its first
 * content is painted, after any earlier siblings; a paragraph's own runs and its Link then
 * come out interleaved as they are read, and the siblings keep the tree's reading order.
 *
 * Each element is ended as soon as the last item of its subtree has been painted, because
 * pdfkit writes an annotation's OBJR /Pg as the page that is current when the element is
 * ended; ended later, a Link would point at the wrong page. (A Link whose own text
 * continues on the next page still gets that later page on its first OBJR: pdfkit 0.20 gives
 * all of an element's annotation references the one page current at its end.)
 */
export class TagTree {
  private readonly nodes = new Map<string, StructNode>();
  private readonly parents = new Map<string, StructNode>();
  private readonly elements = new Map<string, PDFKit.PDFStructureElement>();
  private readonly attached = new Set<string>();
  /** Node ids whose subtree's last content is the key item. */
  private readonly endsAfter = new Map<PlacedItem, string[]>();

  /**
   * `pdfBox` turns a placed Figure's box into PDF user space (`[x0 y0 x1 y1]`, y up) for its
   * layout attribute; `files` are the embedded data files' specifications by table, which a
   * chart's Figure names in its `/AF`.
   */
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly laidOut: LaidOutDocument,
    pdfBox: (box: Box) => number[],
    files: ReadonlyMap<string, PDFKit.PDFKitReference> = new Map(),
  ) {
    this.index(laidOut.structure);
    for (const node of this.nodes.values()) {
      const element = doc.struct(node.role, optionsOf(node));
      const data = (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
      // A Figure's /BBox tells assistive technology (and PDF/UA checkers) where it is drawn.
      if (node.placed) data.A = { O: 'Layout', Placement: 'Block', BBox: pdfBox(node.placed.box) };
      const associated = (node.tables ?? []).flatMap((t) => files.get(t) ?? []);
      if (associated.length > 0) data.AF = associated;
      this.elements.set(node.key, element);
    }
    this.indexLastItems();
    doc.addStructure(this.elements.get(laidOut.structure.key)!);
    this.attached.add(laidOut.structure.key);
  }

  node(id: string): StructNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`paint: an item refers to structure node ${id}, which is not in the tree`);
    return node;
  }

  /** The element of node `id`, added to the tree (with its earlier siblings) if not yet. */
  element(id: string): PDFKit.PDFStructureElement {
    this.attach(this.node(id));
    return this.elements.get(id)!;
  }

  /**
   * Draws `draw` as a marked-content sequence belonging to node `id`. Content that reads
   * otherwise than drawn (`actualText`: a word without the hyphen added at a line break, a
   * list bullet drawn as a square) becomes a Span element of its own under the node, with
   * the ActualText on the element and on its marked content: some readers look only at one.
   */
  mark(id: string, draw: () => void, actualText?: string): void {
    const element = this.element(id);
    if (actualText === undefined) {
      const content = this.doc.markStructureContent(this.node(id).role);
      draw();
      this.doc.endMarkedContent();
      element.add(content);
      return;
    }
    const span = this.doc.struct('Span', { actual: actualText });
    element.add(span);
    const content = this.doc.markStructureContent('Span', { actual: actualText } as never);
    draw();
    this.doc.endMarkedContent();
    span.add(content);
    span.end();
  }

  /** Ends the elements whose last content `item` was. */
  painted(item: PlacedItem): void {
    for (const id of this.endsAfter.get(item) ?? []) this.end(this.node(id));
  }

  /** Ends the whole tree, adding the nodes that never had content (an empty table cell). */
  finish(): void {
    this.end(this.laidOut.structure);
  }

  private end(node: StructNode): void {
    this.attachSubtree(node);
    this.elements.get(node.key)!.end();
  }

  private attach(node: StructNode): void {
    if (this.attached.has(node.key)) return;
    const parent = this.parents.get(node.key)!;
    this.attach(parent);
    const parentElement = this.elements.get(parent.key)!;
    for (const sibling of parent.children) {
      if (!this.attached.has(sibling.key)) {
        this.attached.add(sibling.key);
        parentElement.add(this.elements.get(sibling.key)!);
      }
      if (sibling === node) return;
    }
  }

  private attachSubtree(node: StructNode): void {
    for (const child of node.children) {
      this.attach(child);
      this.attachSubtree(child);
    }
  }

  private index(node: StructNode): void {
    if (this.nodes.has(node.key)) throw new Error(`paint: structure node id ${node.key} is used twice`);
    this.nodes.set(node.key, node);
    for (const child of node.children) {
      this.parents.set(child.key, node);
      this.index(child);
    }
  }

  private indexLastItems(): void {
    const last = new Map<string, PlacedItem>();
    for (const page of this.laidOut.pages) {
      for (const item of page.items) {
        if (item.kind === 'rule' || item.struct === undefined) continue;
        for (let node: StructNode | undefined = this.node(item.struct); node; node = this.parents.get(node.key)) {
          last.set(node.key, item);
        }
      }
    }
    for (const [id, item] of last) this.endsAfter.set(item, [...(this.endsAfter.get(item) ?? []), id]);
  }
}

function optionsOf(node: StructNode): PDFKit.Mixins.StructureElementOptions {
  const lang = node.lang !== undefined ? { lang: node.lang } : {};
  switch (node.role) {
    case 'Figure':
      if (!node.alt) throw new Error(`paint: Figure ${node.key} has no alternative text`);
      return { alt: node.alt, ...lang };
    case 'TH':
      // PDF/UA wants every header cell to say what it heads; layout's tables head columns.
      return { scope: node.scope ?? 'Column', ...lang };
    default:
      return lang;
  }
}

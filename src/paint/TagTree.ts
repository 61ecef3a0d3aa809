import type { LaidOutDocument, PlacedItem, StructNode } from '../layout/Page.js';

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
  private readonly nodes = new Map<number, StructNode>();
  private readonly parents = new Map<number, StructNode>();
  private readonly elements = new Map<number, PDFKit.PDFStructureElement>();
  private readonly attached = new Set<number>();
  /** Node ids whose subtree's last content is the key item. */
  private readonly endsAfter = new Map<PlacedItem, number[]>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly laidOut: LaidOutDocument,
  ) {
    this.index(laidOut.structure);
    for (const node of this.nodes.values()) {
      this.elements.set(node.id, doc.struct(node.role, optionsOf(node)));
    }
    this.indexLastItems();
    doc.addStructure(this.elements.get(laidOut.structure.id)!);
    this.attached.add(laidOut.structure.id);
  }

  node(id: number): StructNode {
    const node = this.nodes.get(id);
    if (!node) throw new Error(`paint: an item refers to structure node ${id}, which is not in the tree`);
    return node;
  }

  /** The element of node `id`, added to the tree (with its earlier siblings) if not yet. */
  element(id: number): PDFKit.PDFStructureElement {
    this.attach(this.node(id));
    return this.elements.get(id)!;
  }

  /** Draws `draw` as a marked-content sequence belonging to node `id`. */
  mark(id: number, draw: () => void): void {
    const element = this.element(id);
    const content = this.doc.markStructureContent(this.node(id).role);
    draw();
    this.doc.endMarkedContent();
    element.add(content);
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
    this.elements.get(node.id)!.end();
  }

  private attach(node: StructNode): void {
    if (this.attached.has(node.id)) return;
    const parent = this.parents.get(node.id)!;
    this.attach(parent);
    const parentElement = this.elements.get(parent.id)!;
    for (const sibling of parent.children) {
      if (!this.attached.has(sibling.id)) {
        this.attached.add(sibling.id);
        parentElement.add(this.elements.get(sibling.id)!);
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
    if (this.nodes.has(node.id)) throw new Error(`paint: structure node id ${node.id} is used twice`);
    this.nodes.set(node.id, node);
    for (const child of node.children) {
      this.parents.set(child.id, node);
      this.index(child);
    }
  }

  private indexLastItems(): void {
    const last = new Map<number, PlacedItem>();
    for (const page of this.laidOut.pages) {
      for (const item of page.items) {
        if (item.kind === 'rect' || item.kind === 'rule' || item.struct === undefined) continue;
        for (let node: StructNode | undefined = this.node(item.struct); node; node = this.parents.get(node.id)) {
          last.set(node.id, item);
        }
      }
    }
    for (const [id, item] of last) this.endsAfter.set(item, [...(this.endsAfter.get(item) ?? []), id]);
  }
}

function optionsOf(node: StructNode): PDFKit.Mixins.StructureElementOptions {
  switch (node.role) {
    case 'Figure':
      if (!node.alt) throw new Error(`paint: Figure ${node.id} has no alternative text`);
      return { alt: node.alt };
    case 'TH':
      // PDF/UA wants every header cell to say what it heads; layout's tables head columns.
      return { scope: node.scope ?? 'Column' };
    default:
      return {};
  }
}

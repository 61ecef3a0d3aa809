/**
 * Between layout and the chart stage: what layout needs to know of each chart before it
 * is drawn (its box: slot range, the height its drawing adds, alt text), the sizes layout
 * chose, and the laid-out pages with the drawn charts' shapes put in.
 */
import type { ChartGraphic } from '../chartsvg/ChartGraphic.js';
import type { ChartSpec } from '../charts/ChartSpec.js';
import type { ChartBox, ChartSize } from './ChartBox.js';
import type { ChartSlot } from './chartSlots.js';
import type { ComposedDocument } from './Page.js';

/**
 * Each chart's box, from its slot and its spec filled at the slot's preferred size
 * (`specsAt`), and the same across the text width for a chart whose columns may fold.
 */
export function chartBoxes(slots: ReadonlyMap<string, ChartSlot>, specsAt: (sizes: ReadonlyMap<string, ChartSize>) => readonly ChartSpec[]): Map<string, ChartBox> {
  const preferred = (s: ChartSlot): ChartSize => ({ width: s.width, height: s.preferred });
  const specs = specsAt(new Map([...slots].map(([id, s]) => [id, preferred(s)])));
  const folds = [...slots].filter(([, s]) => s.folded);
  // Charts that cannot fold are drawn at their own slot in this second set too (their specs are not used).
  const folded = folds.length > 0 ? specsAt(new Map([...slots].map(([id, s]) => [id, preferred(s.folded ?? s)]))) : [];
  const boxes = new Map<string, ChartBox>();
  for (const spec of specs) {
    const slot = slots.get(spec.id);
    if (!slot) continue;
    const box = boxOf(slot, spec);
    const fold = slot.folded && folded.find((f) => f.id === spec.id);
    boxes.set(spec.id, fold ? { ...box, folded: boxOf(slot.folded!, fold) } : box);
  }
  return boxes;
}

/** A chart with no figure above zero never grows: a taller empty plot only adds white space. */
function boxOf(slot: ChartSlot, spec: ChartSpec): ChartBox {
  const drawn = (spec.spec as { height?: number }).height ?? slot.preferred;
  const most = isEmpty(spec) ? slot.preferred : slot.most;
  return { width: slot.width, least: slot.least, preferred: slot.preferred, most, extra: drawn - slot.preferred, alt: spec.alt, tables: spec.tables };
}

function isEmpty(spec: ChartSpec): boolean {
  const rows = (spec.spec as { datasets?: { table?: readonly { value?: number }[] } }).datasets?.table ?? [];
  return rows.every((r) => !(Number(r.value) > 0));
}

/** The slot layout chose for each chart it placed. */
export function chartSizes(doc: ComposedDocument): Map<string, ChartSize> {
  const sizes = new Map<string, ChartSize>();
  for (const page of doc.pages) {
    for (const item of page.items) {
      if (item.kind !== 'vector' || !item.chart) continue;
      const size = { width: item.w, height: item.chart.slot };
      const seen = sizes.get(item.chart.ref);
      if (seen && (seen.width !== size.width || seen.height !== size.height)) throw new Error(`layout: chart "${item.chart.ref}" is placed twice at different sizes`);
      sizes.set(item.chart.ref, size);
    }
  }
  return sizes;
}

/** The pages with each chart's shapes in its box; a chart drawn at another size is a broken invariant. */
export function withChartShapes(doc: ComposedDocument, charts: ReadonlyMap<string, ChartGraphic>): ComposedDocument {
  const pages = doc.pages.map((page) => ({
    ...page,
    items: page.items.map((item) => {
      if (item.kind !== 'vector' || !item.chart) return item;
      const chart = charts.get(item.chart.ref);
      if (!chart || Math.abs(chart.width - item.w) > 0.01 || Math.abs(chart.height - item.h) > 0.01) {
        throw new Error(`layout: chart "${item.chart.ref}" was drawn ${chart ? `${chart.width} × ${chart.height}` : 'nowhere'} for a ${item.w} × ${item.h} pt box`);
      }
      return { ...item, shapes: chart.shapes };
    }),
  }));
  return { ...doc, pages };
}

/**
 * Invariant: every item lies within its page. A breach is a layout bug (the flow keeps
 * blocks inside the page area by construction), so it throws a plain Error, not a
 * LayoutError about the content.
 */
import type { FontSet } from '../../fonts/FontSet.js';
import { outsidePage } from '../messages.js';
import type { Page, PlacedItem } from '../Page.js';

/** Rounding slack, pt. */
const SLACK = 0.01;

export function checkInsidePage(page: Page, pageNumber: number, fonts: FontSet): void {
  for (const item of page.items) {
    const box = boxOf(item, fonts);
    if (box.x0 < -SLACK || box.y0 < -SLACK || box.x1 > page.width + SLACK || box.y1 > page.height + SLACK) {
      throw new Error(outsidePage(describe(item), pageNumber, box));
    }
  }
}

/** The item's ink box: text from ascender to descender, rules including their weight. */
export function boxOf(item: PlacedItem, fonts: FontSet): { x0: number; y0: number; x1: number; y1: number } {
  switch (item.kind) {
    case 'text':
      return { x0: item.x, y0: item.y - fonts.ascent(item.font, item.size), x1: item.x + item.width, y1: item.y - fonts.descent(item.font, item.size) };
    case 'rule': {
      const half = item.width / 2;
      return { x0: Math.min(item.x1, item.x2) - half, y0: Math.min(item.y1, item.y2) - half, x1: Math.max(item.x1, item.x2) + half, y1: Math.max(item.y1, item.y2) + half };
    }
    case 'rect':
    case 'vector':
      return { x0: item.x, y0: item.y, x1: item.x + item.w, y1: item.y + item.h };
  }
}

function describe(item: PlacedItem): string {
  return item.kind === 'text' ? `text "${item.text}"` : item.kind === 'vector' ? item.name : item.kind;
}

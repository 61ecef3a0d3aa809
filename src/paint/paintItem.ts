import type { Page, PlacedItem } from '../layout/Page.js';
import type { PaintContext } from './PaintContext.js';
import { paintRect } from './paintRect.js';
import { paintRule } from './paintRule.js';
import { paintText } from './paintText.js';
import { paintVector } from './paintVector.js';

/** One painter per item kind; a new kind fails to compile here until it is painted. */
export function paintItem(ctx: PaintContext, item: PlacedItem, page: Page): void {
  switch (item.kind) {
    case 'text':
      return paintText(ctx, item);
    case 'rect':
      return paintRect(ctx, item, page);
    case 'rule':
      return paintRule(ctx, item);
    case 'vector':
      return paintVector(ctx, item);
    default: {
      const unpainted: never = item;
      throw new Error(`paint: unknown item kind ${JSON.stringify(unpainted)}`);
    }
  }
}

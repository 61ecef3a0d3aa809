import type { PlacedItem } from '../layout/Page.js';
import type { PaintContext } from './PaintContext.js';
import { paintChart } from './paintChart.js';
import { paintRect } from './paintRect.js';
import { paintRule } from './paintRule.js';
import { paintText } from './paintText.js';

/** One painter per item kind; a new kind fails to compile here until it is painted. */
export function paintItem(ctx: PaintContext, item: PlacedItem): void {
  switch (item.kind) {
    case 'text':
      return paintText(ctx, item);
    case 'rect':
      return paintRect(ctx, item);
    case 'rule':
      return paintRule(ctx, item);
    case 'chart':
      return paintChart(ctx, item);
    default: {
      const unpainted: never = item;
      throw new Error(`paint: unknown item kind ${JSON.stringify(unpainted)}`);
    }
  }
}

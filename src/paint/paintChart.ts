import SVGtoPDF from 'svg-to-pdfkit';
import type { PlacedChart } from '../layout/Page.js';
import type { PaintContext } from './PaintContext.js';
import { svgFontKey } from './svgFontKey.js';

/**
 * Paints a chart's SVG as vectors and real (searchable) text inside its Figure's marked
 * content. The SVG is drawn at its natural size (1 SVG px = 1 pt) and scaled into the box,
 * so a chart without a viewBox scales too. svg-to-pdfkit writes no marked content itself.
 */
export function paintChart({ doc, charts, tags }: PaintContext, placed: PlacedChart): void {
  const chart = charts.get(placed.ref);
  if (!chart) throw new Error(`paint: chart "${placed.ref}" was placed but not rendered`);
  tags.mark(placed.struct, () => {
    doc.save();
    doc.translate(placed.x, placed.y).scale(placed.w / chart.width, placed.h / chart.height);
    SVGtoPDF(doc, chart.svg, 0, 0, {
      width: chart.width,
      height: chart.height,
      assumePt: true,
      fontCallback: svgFontKey,
      warningCallback: (warning) => {
        // A warning means part of the chart was dropped; a print file must not lose it quietly.
        throw new Error(`paint: chart "${placed.ref}": ${warning}`);
      },
    });
    doc.restore();
  });
}

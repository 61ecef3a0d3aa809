/**
 * A chart's vector shapes as diffable text for snapshots (after Observable Plot's
 * test/plot-snapshot.js): one shape per line, numbers rounded to one decimal, colours by
 * their theme name, so a snapshot changes only when the drawing does.
 */
import type { Color } from '../../src/graphics/Color.js';
import type { Matrix, VectorFill, VectorShape } from '../../src/graphics/Vector.js';

const round = (n: number) => String(Math.round(n * 10) / 10 || 0);
const numbers = (s: string) => s.replace(/-?\d*\.?\d+(e-?\d+)?/g, (n) => round(Number(n)));
const matrix = (m: Matrix) => (m.every((v, i) => v === [1, 0, 0, 1, 0, 0][i]) ? '' : ` matrix(${m.map(round).join(' ')})`);
const colour = (c: Color) => c.name;
const paint = (f: VectorFill) => (f.kind === 'solid' ? colour(f.color) : `hatch(${colour(f.color)} on ${colour(f.background)}, ${round(f.hatch.lineWidth)}/${round(f.hatch.spacing)})`);

export function normalizeShapes(shapes: readonly VectorShape[]): string {
  return shapes
    .map((s) => {
      if (s.kind === 'text') return `text ${JSON.stringify(s.text)} at ${round(s.x)},${round(s.y)}${matrix(s.matrix)} ${s.font} ${round(s.size)} ${colour(s.color)}`;
      const fill = s.fill ? ` fill=${paint(s.fill)}` : '';
      const stroke = s.stroke ? ` stroke=${colour(s.stroke.color)}/${round(s.stroke.width)}${s.stroke.dash ? ` dash=${s.stroke.dash.map(round).join(',')}` : ''}` : '';
      return `path ${numbers(s.d)}${matrix(s.matrix)}${fill}${stroke}`;
    })
    .join('\n');
}

/**
 * Vega's SVG → vector shapes, parsed once: groups' transforms are folded into each shape's
 * matrix, inherited paint attributes resolved, and every colour mapped to the theme colour
 * it was written from (so an exporter can write its CMYK value). A fill or stroke opacity
 * becomes a solid tint of its colour (bars never overlap, so this is what the reader saw
 * over white paper): no transparency reaches the PDF. A fill the chart stage marks as
 * hatched (by its colour and opacity, `ChartSpec.hatched`) becomes a hatch fill. Only what vega writes for our charts
 * is accepted; anything else (clip paths, gradients, group opacity, a colour the theme does
 * not define) throws, because it would print differently from what was drawn.
 */
import { SaxesParser } from 'saxes';
import { tint, type Color } from '../graphics/Color.js';
import type { HatchFill, Matrix, VectorFill, VectorShape, VectorStroke } from '../graphics/Vector.js';
import { paintKey } from '../charts/ChartSpec.js';
import { FONT_FAMILY, type FontSet } from '../fonts/FontSet.js';
import { fontKey } from './measureText.js';
import { chartSvgMessages as msg } from './messages.js';

/** Paint attributes as they inherit down the tree. */
interface Style {
  matrix: Matrix;
  fill?: string;
  stroke?: string;
  /** Vega's fill and stroke opacity, printed as a solid tint of the colour (there is no transparency). */
  fillOpacity: number;
  strokeOpacity: number;
  strokeWidth: number;
  dash?: number[];
  fontFamily?: string;
  fontSize?: number;
  fontWeight?: string;
  fontStyle?: string;
  anchor: string;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const CONTAINERS = new Set(['svg', 'g']);

export function svgShapes(
  id: string,
  svg: string,
  palette: ReadonlyMap<string, Color>,
  fonts: FontSet,
  hatched: ReadonlyMap<string, HatchFill> = new Map(),
): VectorShape[] {
  const shapes: VectorShape[] = [];
  const stack: (Style | null)[] = [];
  let text: { style: Style; attrs: Record<string, string>; content: string } | undefined;
  const colour = (value: string | undefined, opacity = 1): Color | undefined => {
    if (value === undefined || value === 'none' || value === 'transparent' || opacity === 0) return undefined;
    const found = palette.get(value.toLowerCase());
    if (!found) throw new Error(msg.unknownColour(id, value));
    return opacity < 1 ? tint(found, opacity) : found;
  };
  const fillOf = (value: string | undefined, opacity: number): VectorFill | undefined => {
    const hatch = value !== undefined && opacity < 1 ? hatched.get(paintKey(value, opacity)) : undefined;
    if (hatch) return hatch;
    const color = colour(value, opacity);
    return color && { kind: 'solid', color };
  };
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    const attrs = tag.attributes as Record<string, string>;
    // A hidden element (vega's empty foreground paths, axis labels it dropped as
    // overlapping, written with opacity 0) and everything in it draws nothing.
    if (parent === null || attrs.display === 'none' || Number(attrs.opacity) === 0) return stack.push(null);
    const style = styleOf(id, attrs, parent ?? { matrix: IDENTITY, strokeWidth: 1, anchor: 'start', fillOpacity: 1, strokeOpacity: 1 });
    stack.push(style);
    if (CONTAINERS.has(tag.name)) return;
    if (tag.name === 'text') {
      text = { style, attrs, content: '' };
      return;
    }
    const d = tag.name === 'path' ? attrs.d : tag.name === 'line' ? lineD(attrs) : tag.name === 'rect' ? rectD(attrs) : undefined;
    if (d === undefined) throw new Error(msg.unsupported(id, `<${tag.name}>`));
    const fill = fillOf(style.fill, style.fillOpacity);
    const strokeColor = colour(style.stroke, style.strokeOpacity);
    if (d === '' || (!fill && !strokeColor)) return;
    const stroke: VectorStroke | undefined = strokeColor && { color: strokeColor, width: style.strokeWidth, ...(style.dash && { dash: style.dash }) };
    shapes.push({ kind: 'path', d, matrix: style.matrix, ...(fill && { fill }), ...(stroke && { stroke }) });
  });
  parser.on('text', (t) => {
    if (text) text.content += t;
  });
  parser.on('closetag', (tag) => {
    const style = stack.pop();
    if (tag.name !== 'text' || !text || !style) return;
    const value = text.content.trim();
    const color = colour(style.fill, style.fillOpacity);
    if (value !== '' && color) {
      if (style.fontFamily?.replace(/['"]/g, '') !== FONT_FAMILY) throw new Error(msg.foreignFont(String(style.fontFamily)));
      const item = { font: style.fontFamily, fontSize: style.fontSize, fontWeight: style.fontWeight, fontStyle: style.fontStyle };
      const font = fontKey(item);
      const size = style.fontSize ?? 11;
      const width = fonts.width(value, font, size);
      const shift = style.anchor === 'middle' ? -width / 2 : style.anchor === 'end' ? -width : 0;
      const x = Number(text.attrs.x ?? 0) + Number(text.attrs.dx ?? 0) + shift;
      const y = Number(text.attrs.y ?? 0) + Number(text.attrs.dy ?? 0);
      shapes.push({ kind: 'text', matrix: style.matrix, x, y, text: value, font, size, color });
    }
    text = undefined;
  });
  parser.on('error', (e) => {
    throw new Error(msg.unsupported(id, e.message));
  });
  parser.write(svg).close();
  return shapes;
}

function styleOf(id: string, a: Record<string, string>, parent: Style): Style {
  if (a.opacity !== undefined && Number(a.opacity) < 1) throw new Error(msg.transparency(id));
  if (a['clip-path'] !== undefined || a.mask !== undefined || a.filter !== undefined) throw new Error(msg.unsupported(id, 'clip paths, masks and filters'));
  const dash = a['stroke-dasharray'];
  return {
    matrix: a.transform ? multiply(parent.matrix, parseTransform(id, a.transform)) : parent.matrix,
    fill: a.fill ?? parent.fill,
    stroke: a.stroke ?? parent.stroke,
    fillOpacity: a['fill-opacity'] !== undefined ? Number(a['fill-opacity']) : parent.fillOpacity,
    strokeOpacity: a['stroke-opacity'] !== undefined ? Number(a['stroke-opacity']) : parent.strokeOpacity,
    strokeWidth: a['stroke-width'] !== undefined ? Number(a['stroke-width']) : parent.strokeWidth,
    dash: dash === undefined ? parent.dash : dash === 'none' || dash === '' ? undefined : dash.split(/[\s,]+/).map(Number),
    fontFamily: a['font-family'] ?? parent.fontFamily,
    fontSize: a['font-size'] !== undefined ? parseFloat(a['font-size']) : parent.fontSize,
    fontWeight: a['font-weight'] ?? parent.fontWeight,
    fontStyle: a['font-style'] ?? parent.fontStyle,
    anchor: a['text-anchor'] ?? parent.anchor,
  };
}

const num = (a: Record<string, string>, key: string) => Number(a[key] ?? 0);
const lineD = (a: Record<string, string>) => `M${num(a, 'x1')},${num(a, 'y1')}L${num(a, 'x2')},${num(a, 'y2')}`;
const rectD = (a: Record<string, string>) => `M${num(a, 'x')},${num(a, 'y')}h${num(a, 'width')}v${num(a, 'height')}h${-num(a, 'width')}Z`;

/** `translate(…) rotate(…) scale(…) matrix(…)` in order, as one matrix. */
export function parseTransform(id: string, value: string): Matrix {
  let m = IDENTITY;
  for (const [, op, args] of value.matchAll(/(\w+)\s*\(([^)]*)\)/g)) {
    const n = args!.split(/[\s,]+/).filter((s) => s !== '').map(Number);
    if (op === 'translate') m = multiply(m, [1, 0, 0, 1, n[0] ?? 0, n[1] ?? 0]);
    else if (op === 'scale') m = multiply(m, [n[0]!, 0, 0, n[1] ?? n[0]!, 0, 0]);
    else if (op === 'rotate') {
      const r = ((n[0] ?? 0) * Math.PI) / 180;
      const [cx, cy] = [n[1] ?? 0, n[2] ?? 0];
      m = multiply(multiply(multiply(m, [1, 0, 0, 1, cx, cy]), [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0]), [1, 0, 0, 1, -cx, -cy]);
    } else if (op === 'matrix' && n.length === 6) m = multiply(m, n as unknown as Matrix);
    else throw new Error(msg.unsupported(id, `transform ${op}(${args})`));
  }
  return m;
}

/** `a` then `b`: the matrix that applies `b` first, then `a`. */
export function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

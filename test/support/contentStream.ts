/**
 * A page's content stream read the way a RIP reads it, with mupdf's object API for the
 * bytes: operators with their operands, then a small interpreter that keeps the graphics
 * state (CTM, colours, text matrix, marked content) and reports what was painted — each
 * text run with its font, size and fill colour, each painted path with its points and
 * colours. Enough of PDF for what our exporter writes (no inline images, no shading
 * operators); anything it does not know it skips, so checks stay about what is drawn.
 */
import * as mupdf from 'mupdf';

export type Operand = number | string | boolean | null | { name: string } | Operand[] | { dict: Record<string, Operand> };

export interface Op {
  op: string;
  args: Operand[];
}

const DELIMITER = /[\s()<>[\]{}/%]/;

/** Tokens of a content stream, grouped into operators with their operands. */
export function parseOps(src: string): Op[] {
  let i = 0;
  const skipSpace = () => {
    while (i < src.length) {
      if (/\s/.test(src[i]!)) i++;
      else if (src[i] === '%') while (i < src.length && src[i] !== '\n' && src[i] !== '\r') i++;
      else break;
    }
  };
  const word = () => {
    const start = i;
    while (i < src.length && !DELIMITER.test(src[i]!)) i++;
    return src.slice(start, i);
  };
  const value = (): Operand | { op: string } | undefined => {
    skipSpace();
    if (i >= src.length) return undefined;
    const c = src[i]!;
    if (c === '/') {
      i++;
      return { name: word() };
    }
    if (c === '(') {
      let depth = 0;
      let out = '';
      for (i++; i < src.length; i++) {
        const ch = src[i]!;
        if (ch === '\\') {
          out += src[++i];
          continue;
        }
        if (ch === '(') depth++;
        if (ch === ')' && depth-- === 0) break;
        out += ch;
      }
      i++;
      return out;
    }
    if (c === '<' && src[i + 1] === '<') {
      i += 2;
      const dict: Record<string, Operand> = {};
      for (;;) {
        skipSpace();
        if (src.startsWith('>>', i)) {
          i += 2;
          return { dict };
        }
        const key = value() as { name: string };
        dict[key.name] = value() as Operand;
      }
    }
    if (c === '<') {
      const end = src.indexOf('>', i);
      const hex = src.slice(i + 1, end).replace(/\s/g, '');
      i = end + 1;
      return hex;
    }
    if (c === '[') {
      i++;
      const items: Operand[] = [];
      for (;;) {
        skipSpace();
        if (src[i] === ']') {
          i++;
          return items;
        }
        items.push(value() as Operand);
      }
    }
    const w = word() || src[i++]!;
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(w)) return Number(w);
    if (w === 'true' || w === 'false') return w === 'true';
    if (w === 'null') return null;
    return { op: w };
  };
  const ops: Op[] = [];
  let args: Operand[] = [];
  for (;;) {
    const v = value();
    if (v === undefined) break;
    if (typeof v === 'object' && v !== null && 'op' in v) {
      ops.push({ op: v.op, args });
      args = [];
    } else args.push(v as Operand);
  }
  return ops;
}

/** `[a b c d e f]`, as in PDF. */
export type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied first, then `n`. */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** A colour as set: the space (a device space name, or the resource's description) and its components. */
export interface PaintColor {
  /** `DeviceCMYK`, `DeviceRGB`, `DeviceGray`, or `Separation:<name>` / the family of a named space. */
  space: string;
  values: number[];
}

export interface TextRun {
  /** The font's /BaseFont, e.g. `AAAAAA+SourceSans3-Regular`. */
  font: string;
  /** The `Tf` operand. */
  size: number;
  /** The size as it lands on the page: `Tf` × the text matrix and CTM's vertical scale, pt. */
  pageSize: number;
  fill: PaintColor;
  /** Innermost marked-content tag (`P`, `Artifact`, …). */
  tag?: string;
}

export interface PaintedPath {
  /** The painting operator: `S`, `f`, `B`, … */
  op: string;
  /** Each subpath's points, in the page's default user space (pt, y up from the media box's bottom-left). */
  subpaths: Array<Array<[number, number]>>;
  fill: PaintColor;
  stroke: PaintColor;
  tag?: string;
}

export interface PageContent {
  ops: Op[];
  texts: TextRun[];
  paths: PaintedPath[];
}

interface GState {
  ctm: Matrix;
  fill: PaintColor;
  stroke: PaintColor;
}

/** Describes a colour-space resource or name: `Separation:All`, `ICCBased`, `DeviceCMYK`, … */
export function colorSpaceName(obj: mupdf.PDFObject): string {
  const o = obj.resolve();
  if (o.isName()) return o.asName();
  if (o.isArray()) {
    const family = o.get(0).asName();
    return family === 'Separation' ? `Separation:${o.get(1).asName()}` : family;
  }
  return 'unknown';
}

/** Runs one page's content stream and reports what it paints. */
export function pageContent(page: mupdf.PDFObject): PageContent {
  const contents = page.get('Contents');
  const streams: mupdf.PDFObject[] = contents.isArray() ? [] : [contents];
  if (contents.isArray()) contents.forEach((s) => streams.push(s));
  const ops = parseOps(streams.map((s) => latin1(s.readStream().asUint8Array())).join('\n'));
  const resources = page.get('Resources');
  const fontName = (key: string) => resources.get('Font', key, 'BaseFont').asName();
  const spaceOf = (name: string) => {
    if (['DeviceCMYK', 'DeviceRGB', 'DeviceGray', 'Pattern'].includes(name)) return name;
    return colorSpaceName(resources.get('ColorSpace', name));
  };
  const texts: TextRun[] = [];
  const paths: PaintedPath[] = [];
  const stack: GState[] = [];
  let gs: GState = { ctm: IDENTITY, fill: { space: 'DeviceGray', values: [0] }, stroke: { space: 'DeviceGray', values: [0] } };
  const tags: string[] = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  let font = '';
  let size = 0;
  let path: Array<Array<[number, number]>> = [];
  const to = (x: number, y: number) => apply(gs.ctm, x, y);
  const nums = (args: Operand[]) => args.filter((a): a is number => typeof a === 'number');
  for (const { op, args } of ops) {
    const n = nums(args);
    switch (op) {
      case 'q':
        stack.push({ ...gs });
        break;
      case 'Q':
        gs = stack.pop() ?? gs;
        break;
      case 'cm':
        gs.ctm = multiply(n as Matrix, gs.ctm);
        break;
      case 'BMC':
      case 'BDC':
        tags.push((args[0] as { name: string }).name);
        break;
      case 'EMC':
        tags.pop();
        break;
      case 'cs':
        gs.fill = { space: spaceOf((args[0] as { name: string }).name), values: [] };
        break;
      case 'CS':
        gs.stroke = { space: spaceOf((args[0] as { name: string }).name), values: [] };
        break;
      case 'sc':
      case 'scn':
        gs.fill = { ...gs.fill, values: n };
        break;
      case 'SC':
      case 'SCN':
        gs.stroke = { ...gs.stroke, values: n };
        break;
      case 'g':
      case 'rg':
      case 'k':
        gs.fill = { space: { g: 'DeviceGray', rg: 'DeviceRGB', k: 'DeviceCMYK' }[op], values: n };
        break;
      case 'G':
      case 'RG':
      case 'K':
        gs.stroke = { space: { G: 'DeviceGray', RG: 'DeviceRGB', K: 'DeviceCMYK' }[op], values: n };
        break;
      case 'BT':
        tm = tlm = IDENTITY;
        break;
      case 'Tf':
        font = fontName((args[0] as { name: string }).name);
        size = n[0]!;
        break;
      case 'Tm':
        tm = tlm = n as Matrix;
        break;
      case 'Td':
      case 'TD':
        tm = tlm = multiply([1, 0, 0, 1, n[0]!, n[1]!], tlm);
        break;
      case 'Tj':
      case 'TJ':
      case "'":
      case '"': {
        const m = multiply(tm, gs.ctm);
        texts.push({ font, size, pageSize: size * Math.hypot(m[2], m[3]), fill: gs.fill, tag: tags.at(-1) });
        break;
      }
      case 'm':
        path.push([to(n[0]!, n[1]!)]);
        break;
      case 'l':
        path.at(-1)?.push(to(n[0]!, n[1]!));
        break;
      case 'c':
        path.at(-1)?.push(to(n[0]!, n[1]!), to(n[2]!, n[3]!), to(n[4]!, n[5]!));
        break;
      case 'v':
      case 'y':
        path.at(-1)?.push(to(n[0]!, n[1]!), to(n[2]!, n[3]!));
        break;
      case 're': {
        const [x, y, w, h] = n as [number, number, number, number];
        path.push([to(x, y), to(x + w, y), to(x + w, y + h), to(x, y + h)]);
        break;
      }
      case 'S':
      case 's':
      case 'f':
      case 'F':
      case 'f*':
      case 'B':
      case 'B*':
      case 'b':
      case 'b*':
        paths.push({ op, subpaths: path, fill: gs.fill, stroke: gs.stroke, tag: tags.at(-1) });
        path = [];
        break;
      case 'n':
        path = [];
        break;
    }
  }
  return { ops, texts, paths };
}

/** Bytes as one character each: strings in content streams are binary, not UTF-8. */
export const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/** Every page's content, in order. */
export function documentContent(bytes: Uint8Array): PageContent[] {
  const doc = new mupdf.PDFDocument(new Uint8Array(bytes));
  const out: PageContent[] = [];
  for (let i = 0; i < doc.countPages(); i++) out.push(pageContent(doc.findPage(i)));
  return out;
}

/**
 * Vega-Lite spec → Vega's parsed dataflow (what `new vega.View` takes), made once per chart
 * *shape* rather than once per chart. A chart's spec is its template's structure, the
 * theme's config and an edition's values: its rows, the categories and years of its
 * scales' domains, its colours, titles and legend values, and the size layout gave it.
 * Vega-Lite's compiler and Vega's parser copy those values without looking at them, so the
 * spec with each value punched out (`punch`) is compiled and parsed once, and each later
 * chart of that shape (another edition, language or page size with the same structure and
 * config) gets that result with its own values put back (`fill`). Compiling and parsing,
 * half the time of drawing a chart not drawn before, then run only for shapes never seen;
 * the startup snapshot holds the shapes of the default edition, which are also those of any
 * edition with as many categories.
 *
 * That the values are only copied is checked, not assumed: the first time a shape is seen,
 * the chart is compiled and parsed as it is and with its values replaced by markers; the
 * shape is kept only if putting the values in place of the markers gives exactly the
 * chart's own result, and is compiled and parsed in full every time otherwise.
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';

/** The logger Vega-Lite is given (strictLogger). */
type Logger = NonNullable<Parameters<typeof vl.compile>[1]>['logger'];

/** A spec with its values punched out: markers where they stood, the values in order. */
interface Punched {
  skeleton: unknown;
  values: unknown[];
}

/** Parsed skeletons by the skeleton's JSON; `undefined`: this shape must be compiled and parsed in full. */
const shapes = new Map<string, object | undefined>();

export function parseChartSpec(spec: vl.TopLevelSpec, logger: Logger): vega.Runtime {
  const { skeleton, values } = punch(spec, marker);
  const key = JSON.stringify(skeleton);
  const known = shapes.get(key);
  if (known !== undefined) return fill(known, values) as vega.Runtime;
  const parsed = parse(spec, logger);
  if (!shapes.has(key)) shapes.set(key, checkedShape(skeleton as vl.TopLevelSpec, values, parsed, logger));
  return parsed;
}

/** Vega-Lite, then Vega: the slow way, for a shape not seen yet. */
const parse = (spec: vl.TopLevelSpec, logger: Logger) => vega.parse(vl.compile(spec, { logger }).spec);

/** The parsed skeleton, if filling it with `values` gives `parsed` exactly. */
function checkedShape(skeleton: vl.TopLevelSpec, values: readonly unknown[], parsed: vega.Runtime, logger: Logger): object | undefined {
  try {
    const shape = parse(skeleton, logger);
    return equal(fill(shape, values), parsed) ? shape : undefined;
  } catch {
    return undefined;
  }
}

/** The `i`th marker: a string no text has (strings), an odd size no layout gives (numbers). */
function marker(value: unknown, i: number): unknown {
  if (typeof value === 'number') return 7_000_000.25 + i;
  if (Array.isArray(value)) return [{ __punched: i }];
  return `${MARK}punched ${i}${MARK}`;
}

/** U+2063 INVISIBLE SEPARATOR, around a string marker: no text of an edition has one (it is not printable). */
const MARK = '\u2063';
const QUOTED_MARKER = new RegExp(`"${MARK}punched (\\d+)${MARK}"`, 'g');

/**
 * The values an edition brings, each replaced by `markerOf(value, i)`: the dataset's rows;
 * the strings of scales' domains and ranges, of titles and of legends' values; and the
 * chart's width and height.
 */
export function punch(spec: unknown, markerOf: (value: unknown, i: number) => unknown): Punched {
  const values: unknown[] = [];
  const take = (value: unknown) => markerOf(value, values.push(value) - 1);
  const walk = (node: unknown, key: string | undefined, parent: string | undefined): unknown => {
    if (Array.isArray(node)) {
      if (key === 'domain' || key === 'range' || (key === 'values' && parent === 'legend')) return node.map((v) => (typeof v === 'string' && v !== '' ? take(v) : walk(v, undefined, key)));
      return node.map((v) => walk(v, undefined, key));
    }
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(
        Object.entries(node).map(([k, v]) => {
          // An empty title is left in the shape: Vega-Lite drops it rather than copying it.
          if (k === 'title' && typeof v === 'string' && v !== '') return [k, take(v)];
          return [k, walk(v, k, key)];
        }),
      );
    }
    return node;
  };
  const { datasets, width, height, ...rest } = spec as { datasets?: Record<string, unknown>; width?: unknown; height?: unknown };
  const skeleton = walk(rest, undefined, undefined) as Record<string, unknown>;
  if (typeof width === 'number') skeleton.width = take(width);
  if (typeof height === 'number') skeleton.height = take(height);
  if (datasets !== undefined) skeleton.datasets = Object.fromEntries(Object.entries(datasets).map(([name, rows]) => [name, take(rows)]));
  return { skeleton, values };
}

/**
 * A copy of a parsed skeleton with each marker replaced by its value: plain objects and
 * arrays throughout (the parser's entries are plain data that the view only reads).
 */
export function fill(compiled: unknown, values: readonly unknown[]): unknown {
  const byMarker = new Map<string, unknown>();
  values.forEach((v, i) => {
    const key = markerKey(marker(v, i));
    if (key !== undefined) byMarker.set(key, v);
  });
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) {
      if (node.length === 1 && isRowsMarker(node[0])) return values[node[0].__punched];
      return node.map(walk);
    }
    if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    const key = markerKey(node);
    if (key !== undefined && byMarker.has(key)) return byMarker.get(key);
    // A string value quoted inside an expression (the order of grouped bars: `datum["label"]==="Suspects" ? 0 : …`).
    if (typeof node === 'string' && node.includes(MARK)) return node.replace(QUOTED_MARKER, (_, i: string) => JSON.stringify(values[Number(i)]));
    return node;
  };
  return walk(compiled);
}

const markerKey = (value: unknown) => (typeof value === 'number' ? `n${value}` : typeof value === 'string' ? `s${value}` : undefined);
const isRowsMarker = (v: unknown): v is { __punched: number } => typeof v === 'object' && v !== null && Object.keys(v).length === 1 && typeof (v as { __punched?: unknown }).__punched === 'number';

/** Deep equality of data, own keys and arrays in order (an entry equals a plain object with its fields). */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const [ka, kb] = [Object.keys(a), Object.keys(b)];
  if (ka.length !== kb.length) return false;
  return ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** How many shapes were seen, and how many of them must be compiled in full every time. */
export function knownShapes(): { shapes: number; compiledInFull: number } {
  return { shapes: shapes.size, compiledInFull: [...shapes.values()].filter((s) => s === undefined).length };
}

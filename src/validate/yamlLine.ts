import { isMap, isNode, isScalar, isSeq, type Document } from 'yaml';
import type { YamlFile } from '../read/RawEdition.js';
import { shorten } from './messages.js';

type Path = readonly (string | number)[];

/**
 * The line of each value of a document by its key path, made in one walk. Looking each
 * path up in the document instead (`doc.getIn`) searches a map's keys one by one, for
 * every problem: a file of 50,000 unknown keys then took minutes to report.
 */
const indexes = new WeakMap<Document.Parsed, Map<string, number>>();

function lineIndex(file: YamlFile): Map<string, number> {
  let index = indexes.get(file.doc);
  if (index !== undefined) return index;
  const lines = new Map<string, number>();
  // Keys as `toJS` (and so zod's issue paths) have them: map keys as strings, list items by index.
  const walk = (node: unknown, path: Path): void => {
    if (!isNode(node)) return;
    const id = JSON.stringify(path);
    if (node.range && !lines.has(id)) lines.set(id, file.lineOf(node.range[0]));
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]);
    else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(file.doc.contents, []);
  indexes.set(file.doc, (index = lines));
  return index;
}

/** The line of the value at `path` in a YAML file, or of its nearest existing ancestor. */
export function yamlLine(file: YamlFile, path: Path): number | undefined {
  const index = lineIndex(file);
  for (let n = path.length; n >= 0; n--) {
    const line = index.get(JSON.stringify(path.slice(0, n)));
    if (line !== undefined) return line;
  }
  return undefined;
}

/** `a.b[2].c` for messages (a runaway key shortened). */
export function keyPath(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? shorten(p) : `.${shorten(p)}`)).join('');
}

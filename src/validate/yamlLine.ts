import { isNode } from 'yaml';
import type { YamlFile } from '../read/RawEdition.js';
import { shorten } from './messages.js';

/** The line of the value at `path` in a YAML file, or of its nearest existing ancestor. */
export function yamlLine(file: YamlFile, path: readonly (string | number)[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = file.doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return file.lineOf(node.range[0]);
  }
  return undefined;
}

/** `a.b[2].c` for messages (a runaway key shortened). */
export function keyPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? shorten(p) : `.${shorten(p)}`)).join('');
}

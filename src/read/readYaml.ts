import { LineCounter, isCollection, isMap, isNode, isScalar, parseDocument, visit, type Document } from 'yaml';
import { READ_LIMITS } from './limits.js';
import type { Problem } from '../model/Problem.js';
import type { YamlFile } from './RawEdition.js';
import { readFileText } from './readFileText.js';
import { readMessages as msg } from './messages.js';

/** What one text parses to: the file's data, or why it is refused (with the line, where one says more). */
type Parsed =
  | { ok: true; doc: Document.Parsed; value: Record<string, unknown>; lineCounter: LineCounter }
  | { ok: false; line?: number; message: string };

/**
 * Parsed documents by their text, for the process: nothing changes a document after
 * parsing, and a rebuild in `watch` (or the startup snapshot's prepared build) then parses
 * only the files whose text changed.
 */
const parsed = new Map<string, Parsed>();

/** A YAML file whose top is a map of keys; undefined (with a problem) if it is anything else. */
export function readYaml(path: string, problems: Problem[]): YamlFile | undefined {
  const text = readFileText(path, problems)?.text;
  if (text === undefined) return undefined;
  let entry = parsed.get(text);
  if (entry === undefined) parsed.set(text, (entry = parse(text)));
  if (!entry.ok) {
    problems.push({ file: path, line: entry.line, message: entry.message });
    return undefined;
  }
  const { doc, value, lineCounter } = entry;
  return { path, doc, value, lineOf: (offset) => lineCounter.linePos(offset).line };
}

function parse(text: string): Parsed {
  const lineCounter = new LineCounter();
  // Keys are checked for repeats below, in one pass: `yaml`'s own check compares each key
  // with every earlier one, and a file of 50,000 keys then takes a minute to parse.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  // The first syntax error is the cause; the parser's later ones mostly follow from it.
  const [error] = doc.errors;
  if (error) {
    // The parser recurses per level of nesting: thousands of "[" overflow the stack.
    const message = /call stack/.test(error.message) ? msg.tooDeep(READ_LIMITS.yamlDepth) : msg.malformedYaml(error.message);
    return { ok: false, line: lineOf(error.pos[0]), message };
  }
  if (doc.contents === null) return { ok: false, message: msg.emptyYaml() };
  const refused = refusedNode(doc, lineOf);
  if (refused) return refused;
  let value: unknown;
  try {
    // Each alias is counted with the nodes it stands for, so nested anchors ("billion
    // laughs") stop here after a few hundred steps instead of expanding exponentially.
    value = doc.toJS({ maxAliasCount: READ_LIMITS.yamlAliases });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message)) return { ok: false, message: msg.tooManyAliases() };
    throw e;
  }
  if (!isMap(doc.contents)) {
    const found = Array.isArray(value) ? 'a list' : `the text "${String(value).slice(0, 40)}"`;
    return { ok: false, line: 1, message: msg.notAMap(found) };
  }
  return { ok: true, doc, value: value as Record<string, unknown>, lineCounter };
}

/**
 * The first node nested deeper than the bound, carrying an explicit tag, or a map key
 * written twice. `yaml` would read `!!binary` as bytes and keep `!!js/function` (which it
 * cannot resolve) as a text, both only a warning; neither is anything an editor means in
 * these files.
 */
function refusedNode(doc: Document.Parsed, lineOf: (offset: number) => number): Parsed | undefined {
  let refused: Parsed | undefined;
  const lineOfNode = (node: unknown) => (isNode(node) && node.range ? lineOf(node.range[0]) : undefined);
  visit(doc, (_key, node, path) => {
    if (!isNode(node)) return undefined;
    const line = lineOfNode(node);
    if (isCollection(node) && path.filter(isCollection).length >= READ_LIMITS.yamlDepth) {
      refused = { ok: false, line, message: msg.tooDeep(READ_LIMITS.yamlDepth) };
    } else if (node.tag !== undefined) {
      refused = { ok: false, line, message: msg.yamlTag(node.tag.replace(/^tag:yaml\.org,2002:/, '!!')) };
    } else if (isMap(node)) {
      refused = repeatedKey(node.items.map((pair) => pair.key), lineOfNode);
    }
    return refused ? visit.BREAK : undefined;
  });
  return refused;
}

/** The second of two equal keys of one map, named with the line of the first. */
function repeatedKey(keys: unknown[], lineOfNode: (node: unknown) => number | undefined): Parsed | undefined {
  const first = new Map<string, number | undefined>();
  for (const key of keys) {
    const name = String(isScalar(key) ? key.value : key);
    if (first.has(name)) return { ok: false, line: lineOfNode(key), message: msg.duplicateKey(name, first.get(name)) };
    first.set(name, lineOfNode(key));
  }
  return undefined;
}

import { LineCounter, isMap, parseDocument, type Document } from 'yaml';
import type { Problem } from './Problem.js';
import type { YamlFile } from './RawEdition.js';
import { readFileText } from './readFileText.js';
import { readMessages as msg } from './messages.js';

/**
 * Parsed documents by their text, for the process: nothing changes a document after
 * parsing, and a rebuild in `watch` (or the startup snapshot's prepared build) then parses
 * only the files whose text changed.
 */
const parsed = new Map<string, { doc: Document.Parsed; lineCounter: LineCounter }>();

function parse(text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  let entry = parsed.get(text);
  if (entry === undefined) {
    const lineCounter = new LineCounter();
    entry = { doc: parseDocument(text, { lineCounter, prettyErrors: false }), lineCounter };
    parsed.set(text, entry);
  }
  return entry;
}

/** A YAML file whose top is a map of keys; undefined (with a problem) if it is anything else. */
export function readYaml(path: string, problems: Problem[]): YamlFile | undefined {
  const text = readFileText(path, problems)?.text;
  if (text === undefined) return undefined;
  const { doc, lineCounter } = parse(text);
  // The first syntax error is the cause; the parser's later ones mostly follow from it.
  const [error] = doc.errors;
  if (error) {
    problems.push({ file: path, line: lineCounter.linePos(error.pos[0]).line, message: msg.malformedYaml(error.message) });
    return undefined;
  }
  if (doc.contents === null) {
    problems.push({ file: path, message: msg.emptyYaml() });
    return undefined;
  }
  if (!isMap(doc.contents)) {
    const found = Array.isArray(doc.toJS()) ? 'a list' : `the text "${String(doc.toJS()).slice(0, 40)}"`;
    problems.push({ file: path, line: 1, message: msg.notAMap(found) });
    return undefined;
  }
  return { path, doc, lineOf: (offset) => lineCounter.linePos(offset).line };
}

/**
 * Zod issues of a YAML file → Problems in the editor's terms: the file, the line, the key
 * path (`section.list[2].title`), what was expected and what was found. Unknown keys get
 * one problem each, listing the keys that may stand there.
 */
import type { z } from 'zod';
import type { Problem } from '../model/Problem.js';
import type { YamlFile } from '../read/RawEdition.js';
import { quoted, validateMessages as msg } from './messages.js';
import { keyPath, yamlLine } from './yamlLine.js';

type Path = (string | number)[];

/** What a format check expects, in words; a regex check's own message says it. */
const FORMATS: Record<string, string> = {
  date: 'a date written YYYY-MM-DD (e.g. 2026-11-28)',
  email: 'an e-mail address (name@example.si)',
  url: 'an https:// address',
};

const KINDS: Record<string, string> = { string: 'a text', array: 'a list', object: 'a map', number: 'a number', boolean: 'yes/no' };

/** How a YAML value reads to an editor: a text, a list, a map, a number, nothing. */
export function kindOf(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value === '' ? 'an empty text' : 'a text';
  return KINDS[typeof value] ?? typeof value;
}

export function schemaProblems(file: YamlFile, schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Problem[] {
  const at = (path: Path, message: string): Problem => ({ file: file.path, line: yamlLine(file, path), field: keyPath(path) || '(top)', message });
  return issues.flatMap((issue) => {
    const path = issue.path as Path;
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, path).filter((k) => !issue.keys.includes(k));
      return issue.keys.map((k) => at([...path, k], msg.unknownKey(known)));
    }
    if (issue.code === 'invalid_type') {
      const expected = KINDS[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return [at(path, msg.missingKey(expected))];
      return [at(path, msg.wrongType(expected, kindOf(issue.input)))];
    }
    // A record key its schema refuses: the key's own problem, at the key.
    if (issue.code === 'invalid_key') return issue.issues.map((inner) => at(path, msg.schema(inner.message)));
    const found = quoted(String(issue.input));
    if (issue.code === 'too_small' && issue.origin === 'string') return [at(path, msg.wrongType('a text', 'an empty text'))];
    if (issue.code === 'too_small' && issue.origin === 'array') return [at(path, msg.wrongType(`at least ${issue.minimum} item`, 'none'))];
    if (issue.code === 'invalid_value') return [at(path, msg.wrongType(`one of ${issue.values.join(', ')}`, found))];
    if (issue.code === 'invalid_format') return [at(path, msg.wrongType(FORMATS[issue.format] ?? issue.message, found))];
    return [at(path, msg.schema(issue.message))];
  });
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

/** The keys the schema allows in the map at `path` (records allow any, so none are listed). */
function keysAt(schema: z.ZodType, path: Path): string[] {
  let node: z.ZodType | undefined = schema;
  for (const step of [...path, undefined]) {
    while (node) {
      const def: Def = (node as unknown as { _zod: { def: Def } })._zod.def;
      if (def.type === 'optional' || def.type === 'default') node = def.innerType;
      else if (def.type === 'pipe') node = def.in;
      else break;
    }
    if (!node) return [];
    const def: Def = (node as unknown as { _zod: { def: Def } })._zod.def;
    if (step === undefined) return def.type === 'object' ? Object.keys(def.shape ?? {}) : [];
    node = def.type === 'object' ? def.shape?.[step] : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
  }
  return [];
}

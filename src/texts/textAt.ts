import type { TextValue, Texts } from '../model/Edition.js';

/** The value at a dotted key path of a language's texts (`section.heading`), if there is one. */
export function textAt(texts: Texts, path: string): TextValue | undefined {
  return path
    .split('.')
    .reduce<TextValue | undefined>((node, key) => (node !== undefined && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined), texts);
}

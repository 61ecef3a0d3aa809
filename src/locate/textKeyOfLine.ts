/**
 * Where a line of the generated layout markup came from, in words an editor can act on:
 * the key of the text file whose words are on that line. Layout reports problems by markup
 * line (the only place a block knows); the editor never sees the markup, so the pipeline
 * turns the line into `text.<lang>.yaml: <key>` with this. A text matches when the part of
 * it before its first placeholder (at least a few words) stands on the line; the longest
 * such part wins, so `title` and `document_title` are told apart.
 */
import type { Texts } from '../model/Edition.js';

/** Shortest literal part of a text that identifies it, characters. */
const MIN_MATCH = 8;

export function textKeyOfLine(markupLine: string, texts: Texts): string | undefined {
  const line = unescape(markupLine.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ');
  let best: { key: string; length: number } | undefined;
  for (const [key, value] of entries(texts, '')) {
    const literal = value.split(/\{[^}]*\}/)[0]!.replace(/\s+/g, ' ').trim();
    if (literal.length >= MIN_MATCH && line.includes(literal) && literal.length > (best?.length ?? 0)) best = { key, length: literal.length };
  }
  return best?.key;
}

function entries(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => entries(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => entries(v, path ? `${path}.${k}` : k));
  return [];
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

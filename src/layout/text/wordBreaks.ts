/**
 * Where a word (text between two breakable spaces) may break. Offsets are UTF-16 indices
 * into the word; a break at offset k puts text[0, k) on one line and text[k, …) on the next.
 */

export type WordBreakKind = 'hyphen' | 'dash' | 'emergency' | 'anywhere';

export interface WordBreak {
  offset: number;
  kind: WordBreakKind;
}

/** Web and mail addresses, numbers, file names, "e.g."-style abbreviations: never hyphenated. */
const NOT_A_WORD = /[\d@/\\:_]|\.\p{L}/u;
const LETTERS = /\p{L}[\p{L}\p{M}]*/gu;
const DASHES = new Set(['-', '\u2010', '\u2013', '\u2014']);
/**
 * Where a too-wide token (a URL, mostly) breaks least badly, after the Chicago Manual
 * (7.42): after a colon or a double slash; before a single slash, tilde, period, comma,
 * hyphen, underscore, question mark, number sign, percent or at sign; on either side of
 * `=` and `&`. A line then never ends in a hyphen or period that could be read as
 * hyphenation or a sentence's end.
 */
const BREAK_BEFORE = new Set(['/', '~', '.', ',', '-', '_', '?', '#', '%', '@']);
const BREAK_AROUND = new Set(['=', '&']);
const ALNUM = /[\p{L}\p{N}]/u;
/** A number as the formatter writes it, with its sign, grouping and decimal marks, and trailing punctuation. */
const FIGURE = /^[(+\-\u2212]?\d[\d.,\u00a0\u202f]*%?[).,;:]?$/u;

function urlBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const [prev, ch, next] = [text[i - 1]!, text[i]!, text[i + 1]];
    const doubleSlash = ch === '/' && (prev === '/' || next === '/');
    const ok =
      (prev === ':' && ch !== '/') ||
      (prev === '/' && text[i - 2] === '/') ||
      (BREAK_BEFORE.has(ch) && !doubleSlash) ||
      BREAK_AROUND.has(ch) ||
      BREAK_AROUND.has(prev);
    // Neither side may be punctuation alone ("…ljudmi" + "/").
    if (ok && ALNUM.test(text.slice(0, i)) && ALNUM.test(text.slice(i))) out.push(i);
  }
  return out;
}

/** The ordinary breaks: hyphenation points of letter runs and breaks after inner dashes. */
export function wordBreaks(text: string, hyphenate: (word: string) => string[]): WordBreak[] {
  if (NOT_A_WORD.test(text)) return [];
  const out: WordBreak[] = [];
  for (const m of text.matchAll(LETTERS)) {
    const fragments = hyphenate(m[0]);
    // A hyphenator that changed the letters would misplace every break: ignore it.
    if (fragments.join('') !== m[0]) continue;
    let offset = m.index;
    for (const f of fragments.slice(0, -1)) {
      offset += f.length;
      out.push({ offset, kind: 'hyphen' });
    }
  }
  for (let i = 1; i < text.length - 1; i++) {
    if (DASHES.has(text[i]!) && /\p{L}/u.test(text[i - 1]!) && /\p{L}/u.test(text[i + 1]!)) out.push({ offset: i + 1, kind: 'dash' });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * Extra breaks for a token wider than the line: at URL punctuation, then, for any
 * stretch still wider than `width`, between every two characters (the line breaker picks).
 * `measure(from, to)` is the width of text[from, to) in pt.
 */
export function emergencyBreaks(text: string, existing: readonly WordBreak[], measure: (from: number, to: number) => number, width: number): WordBreak[] {
  // A figure ("1.000.000", "25,000", "2019") is never broken: half of it would read as
  // another number. Too wide, it overflows and layout reports it.
  if (FIGURE.test(text)) return [];
  const out: WordBreak[] = urlBreaks(text).map((offset) => ({ offset, kind: 'emergency' }));
  const offsets = [...new Set([0, ...existing.map((b) => b.offset), ...out.map((b) => b.offset), text.length])].sort((a, b) => a - b);
  for (let k = 0; k + 1 < offsets.length; k++) {
    const [from, to] = [offsets[k]!, offsets[k + 1]!];
    if (measure(from, to) <= width) continue;
    for (let i = from + 1; i < to; i++) {
      // Never between the two halves of a surrogate pair.
      if (!/[\udc00-\udfff]/.test(text[i]!)) out.push({ offset: i, kind: 'anywhere' });
    }
  }
  return out;
}

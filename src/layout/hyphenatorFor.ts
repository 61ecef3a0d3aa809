/**
 * The language's hyphenation, as `LayoutEnv.hyphenate` wants it: a word in, its fragments
 * out. Patterns are the TeX ones shipped by `hyphen`; the factory is called directly on the
 * pattern files because `hyphen/sl` is a directory module Node's ESM resolver refuses.
 */
import hyphen from 'hyphen';
import enUs from 'hyphen/patterns/en-us.js';
import sl from 'hyphen/patterns/sl.js';

/** Patterns per language; `model/languages.ts` lists these languages as the ones an edition may have. */
const PATTERNS: Readonly<Record<string, hyphen.PatternsDefinition>> = { sl, en: enUs };

/** Shorter words are not worth a hyphen (and look odd broken). */
const MIN_LETTERS = 6;
/** Letters that must stay before and after a break: "tr-" and "-ing" are fine, "a-" is not. */
const MIN_BEFORE = 2;
const MIN_AFTER = 3;

/** One hyphenator per language for the process: the factory builds a trie from the patterns. */
const hyphenators = new Map<string, (word: string) => string[]>();

export function hyphenatorFor(lang: string): (word: string) => string[] {
  let hyphenator = hyphenators.get(lang);
  if (hyphenator === undefined) {
    hyphenator = makeHyphenator(lang);
    hyphenators.set(lang, hyphenator);
  }
  return hyphenator;
}

function makeHyphenator(lang: string): (word: string) => string[] {
  const patterns = PATTERNS[lang];
  if (patterns === undefined) throw new Error(`layout: no hyphenation patterns for "${lang}" (validation lets only ${Object.keys(PATTERNS).join(', ')} through)`);
  // Without `async` the factory returns the synchronous function.
  const hyphenate = hyphen(patterns) as hyphen.HyphenationFunctionSync;
  const cache = new Map<string, string[]>();
  return (word) => {
    let fragments = cache.get(word);
    if (!fragments) {
      fragments = split(word, hyphenate);
      cache.set(word, fragments);
    }
    return fragments;
  };
}

function split(word: string, hyphenate: hyphen.HyphenationFunctionSync): string[] {
  const letters = [...word];
  if (letters.filter((c) => /\p{L}/u.test(c)).length < MIN_LETTERS) return [word];
  const parts = hyphenate(word, { hyphenChar: '\u00ad', minWordLength: MIN_LETTERS }).split('\u00ad');
  // Offsets (in code points) after which the patterns allow a break, filtered for the minimums.
  const breaks: number[] = [];
  let offset = 0;
  for (const part of parts.slice(0, -1)) {
    offset += [...part].length;
    if (offset >= MIN_BEFORE && letters.length - offset >= MIN_AFTER) breaks.push(offset);
  }
  const out: string[] = [];
  let from = 0;
  for (const b of [...breaks, letters.length]) {
    out.push(letters.slice(from, b).join(''));
    from = b;
  }
  return out;
}

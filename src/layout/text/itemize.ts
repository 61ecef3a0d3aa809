/**
 * Styled runs → boxes, glue and penalties for one measure. Spaces (not U+00A0) are the
 * breakable glue; inside a word the breaks come from `wordBreaks`, plus emergency breaks
 * when the word alone is wider than the line. A word may cross runs ("**85**%").
 */
import type { FontSet } from '../../fonts/FontSet.js';
import { breakCosts } from './breakCosts.js';
import { glueCost } from './glueCost.js';
import type { LineItem } from './LineItem.js';
import type { StyledRun } from './StyledRun.js';
import { textWidth } from './textWidth.js';
import { emergencyBreaks, wordBreaks, type WordBreak } from './wordBreaks.js';

interface Piece {
  run: number;
  text: string;
  /** Offset of the piece in its word, UTF-16 units. */
  start: number;
}

interface Word {
  pieces: Piece[];
  text: string;
  /** Run of the space before the word; undefined for the first word. */
  spaceRun?: number;
}

const SPACE = /([ \t\r\n]+)/;

export function itemize(runs: readonly StyledRun[], width: number, fonts: FontSet, hyphenate: (word: string) => string[]): LineItem[] {
  const items: LineItem[] = [];
  let previous: Word | undefined;
  for (const word of wordsOf(runs)) {
    if (previous && word.spaceRun !== undefined) {
      const r = runs[word.spaceRun]!;
      items.push({ kind: 'glue', run: word.spaceRun, width: textWidth(fonts, ' ', r.font, r.size), cost: glueCost(previous.text, word.text) });
    }
    const breaks = wordBreaks(word.text, hyphenate);
    let boxes = cut(word, breaks, runs, fonts);
    // Syllables recur far more than whole words, so the word's width is summed from them.
    const natural = boxes.reduce((sum, it) => sum + (it.kind === 'box' ? it.width : 0), 0);
    if (natural > width) {
      const measure = (from: number, to: number) => rangeWidth(word, from, to, runs, fonts);
      boxes = cut(word, mergeBreaks(breaks, emergencyBreaks(word.text, breaks, measure, width)), runs, fonts);
    }
    items.push(...boxes);
    previous = word;
  }
  return items;
}

function wordsOf(runs: readonly StyledRun[]): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  let pendingSpace: number | undefined;
  runs.forEach((run, r) => {
    for (const part of run.text.split(SPACE)) {
      if (part === '') continue;
      if (SPACE.test(part)) {
        if (current) pendingSpace ??= r;
        current = undefined;
        continue;
      }
      if (!current) {
        current = { pieces: [], text: '', spaceRun: pendingSpace };
        pendingSpace = undefined;
        words.push(current);
      }
      current.pieces.push({ run: r, text: part, start: current.text.length });
      current.text += part;
    }
  });
  return words;
}

/** Width of word.text[from, to) in pt, each piece in its own run's font. */
function rangeWidth(word: Word, from: number, to: number, runs: readonly StyledRun[], fonts: FontSet): number {
  let sum = 0;
  for (const p of word.pieces) {
    const [a, b] = [Math.max(from, p.start) - p.start, Math.min(to, p.start + p.text.length) - p.start];
    if (b > a) sum += textWidth(fonts, p.text.slice(a, b), runs[p.run]!.font, runs[p.run]!.size);
  }
  return sum;
}

/** One break per offset; the cheaper kind wins where two coincide. */
function mergeBreaks(a: readonly WordBreak[], b: readonly WordBreak[]): WordBreak[] {
  const rank: Record<WordBreak['kind'], number> = { dash: 0, hyphen: 1, emergency: 2, anywhere: 3 };
  const byOffset = new Map<number, WordBreak>();
  for (const br of [...a, ...b]) {
    const seen = byOffset.get(br.offset);
    if (!seen || rank[br.kind] < rank[seen.kind]) byOffset.set(br.offset, br);
  }
  return [...byOffset.values()].sort((x, y) => x.offset - y.offset);
}

/** The word's pieces cut at its breaks: boxes, with a penalty at each break. */
function cut(word: Word, breaks: readonly WordBreak[], runs: readonly StyledRun[], fonts: FontSet): LineItem[] {
  const items: LineItem[] = [];
  let b = 0;
  for (const piece of word.pieces) {
    const { font, size } = runs[piece.run]!;
    let from = 0;
    const end = piece.text.length;
    const box = (to: number) => {
      if (to > from) items.push({ kind: 'box', run: piece.run, text: piece.text.slice(from, to), width: textWidth(fonts, piece.text.slice(from, to), font, size) });
      from = to;
    };
    const last = piece === word.pieces[word.pieces.length - 1];
    // A break at the seam between two pieces is taken at the end of the first.
    while (b < breaks.length && breaks[b]!.offset <= piece.start + end) {
      const local = breaks[b]!.offset - piece.start;
      const br = breaks[b++]!;
      if (local === end && last) continue;
      box(local);
      items.push(penaltyFor(br, piece.run, font, size, fonts));
    }
    box(end);
  }
  return items;
}

function penaltyFor(br: WordBreak, run: number, font: StyledRun['font'], size: number, fonts: FontSet): LineItem {
  const hyphen = br.kind === 'hyphen';
  return { kind: 'penalty', run, hyphen, width: hyphen ? textWidth(fonts, '-', font, size) : 0, cost: breakCosts[br.kind] };
}

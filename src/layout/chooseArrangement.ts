/**
 * The choices the markup leaves to layout — `columns` of the body folded into one column,
 * tables marked `transpose="auto"` set transposed — weighed by composing the document each
 * way. The markup's own arrangement is composed first; only where it breaks the page
 * policy or misses the preferred page count are the choices tried, one change at a time,
 * keeping the best (coordinate descent: a leaflet has a handful of choices, and each
 * arrangement re-measures only what the change touched, see `MeasureContext.lines`).
 */
import type { Block, ColumnsBlock, TableBlock } from '../markup/Block.js';
import { OFF_PREFERRED } from './flow/pageCost.js';
import { columnCount, type PageFrame } from './flow/PageFrame.js';
import { foldableColumns } from './foldableColumns.js';
import type { Choices } from './MeasureContext.js';
import { LayoutError } from './LayoutError.js';

/** Setting a `columns` block in one column: the markup's columns are preferred. */
export const FOLD = 400;
/** Setting a table transposed by choice: its orientation as written is preferred. */
export const TRANSPOSE = 200;
/** Rounds of one change each, at most. */
const ROUNDS = 3;

export interface Arrangement {
  choices: Choices;
  /** The composition's cost plus what its choices cost. */
  cost: number;
}

type Choice = { kind: 'fold'; block: ColumnsBlock } | { kind: 'transpose'; block: TableBlock };

export function chooseArrangement<A extends Arrangement>(blocks: readonly Block[], frame: PageFrame, arrange: (choices: Choices) => A): A {
  let best = arrange({ folds: new Set(), transposed: new Set() });
  const choices = choicesOf(blocks, frame);
  for (let round = 0; round < ROUNDS && best.cost >= OFF_PREFERRED; round++) {
    let better: A | null = null;
    for (const choice of choices) {
      const tried = attempt(() => arrange(toggled(best.choices, choice)));
      if (tried && tried.cost < (better ?? best).cost - 1e-9) better = tried;
    }
    if (!better) break;
    best = better;
  }
  return best;
}

/** An arrangement that cannot be laid out (a transposed table too wide for its figures) is no choice. */
function attempt<A>(arrange: () => A): A | null {
  try {
    return arrange();
  } catch (e) {
    if (e instanceof LayoutError) return null;
    throw e;
  }
}

/** What a set of choices costs beyond its composition. */
export function costOfChoices(choices: Choices): number {
  return choices.folds.size * FOLD + choices.transposed.size * TRANSPOSE;
}

function choicesOf(blocks: readonly Block[], frame: PageFrame): Choice[] {
  const folds = [...foldableColumns(blocks)].filter((b) => columnCount(frame, b) > 1).map((block): Choice => ({ kind: 'fold', block }));
  const tables: Choice[] = [];
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.kind === 'table' && b.transpose) tables.push({ kind: 'transpose', block: b });
      else if ('children' in b) walk(b.children);
    }
  };
  walk(blocks);
  return [...folds, ...tables];
}

function toggled(choices: Choices, choice: Choice): Choices {
  const flip = (set: ReadonlySet<Block>) => {
    const next = new Set(set);
    if (!next.delete(choice.block)) next.add(choice.block);
    return next;
  };
  return choice.kind === 'fold' ? { ...choices, folds: flip(choices.folds) } : { ...choices, transposed: flip(choices.transposed) };
}

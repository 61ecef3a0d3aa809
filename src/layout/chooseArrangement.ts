/**
 * The choices the markup leaves to layout — `columns` of the body folded into one column
 * or widened by one (as the theme allows), tables marked `transpose="auto"` set transposed
 * — weighed by composing the document each way. The markup's own arrangement is composed
 * first; only where it breaks the page policy or misses the preferred page count are the
 * choices tried, one change at a time, keeping the best (coordinate descent: a publication has
 * a handful of choices, and each arrangement re-measures only what the change touched, see
 * `MeasureContext.lines`).
 */
import type { Block, ColumnsBlock, TableBlock } from '../markup/Block.js';
import type { Theme } from '../model/Theme.js';
import { OFF_PREFERRED } from './flow/pageCost.js';
import { columnCount, columnWidth, holdsChart, pageFrame } from './flow/PageFrame.js';
import { foldableColumns } from './foldableColumns.js';
import { LayoutError } from './LayoutError.js';
import { noChoices, type Choices } from './MeasureContext.js';

/** Setting a `columns` block in one column: the markup's columns are preferred. */
export const FOLD = 400;
/** Setting it in one column more. */
export const WIDEN = 300;
/** Setting a table transposed by choice: its orientation as written is preferred. */
export const TRANSPOSE = 200;
/** Rounds of one change each, at most. */
const ROUNDS = 3;

export interface Arrangement {
  choices: Choices;
  /** The composition's cost plus what its choices cost. */
  cost: number;
}

type Choice = { kind: 'columns'; block: ColumnsBlock; count: number } | { kind: 'transpose'; block: TableBlock };

export function chooseArrangement<A extends Arrangement>(blocks: readonly Block[], theme: Theme, arrange: (choices: Choices) => A): A {
  let best = arrange(noChoices);
  const choices = choicesOf(blocks, theme);
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
  const columns = [...choices.columns.values()].reduce((sum, count) => sum + (count === 1 ? FOLD : WIDEN), 0);
  return columns + choices.transposed.size * TRANSPOSE;
}

function choicesOf(blocks: readonly Block[], theme: Theme): Choice[] {
  const frame = pageFrame(theme);
  const { fold, widen } = theme.page.columnChoices;
  const columns = [...foldableColumns(blocks)].flatMap((block): Choice[] => {
    const count = columnCount(frame, block);
    const wider = count + 1;
    return [
      ...(fold && count > 1 ? [{ kind: 'columns' as const, block, count: 1 }] : []),
      // Widened columns would need their charts drawn narrower: only columns of text widen.
      ...(widen && count === block.count && !holdsChart(block.children) && columnWidth(frame, wider) >= frame.minColumnWidth ? [{ kind: 'columns' as const, block, count: wider }] : []),
    ];
  });
  const tables: Choice[] = [];
  const walk = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.kind === 'table' && b.transpose) tables.push({ kind: 'transpose', block: b });
      else if ('children' in b) walk(b.children);
    }
  };
  walk(blocks);
  return [...columns, ...tables];
}

function toggled(choices: Choices, choice: Choice): Choices {
  if (choice.kind === 'columns') {
    const next = new Map(choices.columns);
    if (next.get(choice.block) === choice.count) next.delete(choice.block);
    else next.set(choice.block, choice.count);
    return { ...choices, columns: next };
  }
  const next = new Set(choices.transposed);
  if (!next.delete(choice.block)) next.add(choice.block);
  return { ...choices, transposed: next };
}

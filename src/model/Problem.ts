
/**
 * A problem with the input, located as precisely as the input allows. Bad input is
 * collected, never thrown one at a time, so the editor sees every problem in one run.
 */
export interface Problem {
  file: string;
  line?: number;
  /** Column, key path or attribute the problem is about. */
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

export const moreProblems = (more: number, listed: number) => `and ${more} more problem${more === 1 ? '' : 's'} in this file (only the first ${listed} are listed)`;

/** Problems listed per file: enough to see what is wrong, few enough to read. */
export const PROBLEMS_PER_FILE = 20;

/**
 * The first `cap` problems of each file, in their order; where a file's first one beyond
 * them stood, one line says how many more that file has. A runaway table (thousands of
 * pasted rows) then prints a screenful, not tens of thousands of lines.
 */
export function capPerFile(problems: readonly Problem[], cap = PROBLEMS_PER_FILE): Problem[] {
  const total = new Map<string, number>();
  for (const p of problems) total.set(p.file, (total.get(p.file) ?? 0) + 1);
  const seen = new Map<string, number>();
  return problems.flatMap((p) => {
    const n = (seen.get(p.file) ?? 0) + 1;
    seen.set(p.file, n);
    if (n <= cap) return [p];
    return n === cap + 1 ? [{ file: p.file, message: moreProblems(total.get(p.file)! - cap, cap) }] : [];
  });
}

/** Thrown once, after a stage has collected all problems of the input; its message lists them, capped per file. */
export class InputError extends Error {
  /** What the message lists: `problems` capped per file. */
  readonly shown: Problem[];

  constructor(readonly problems: Problem[]) {
    const shown = capPerFile(problems);
    super(shown.map(formatProblem).join('\n'));
    this.shown = shown;
    this.name = 'InputError';
  }
}

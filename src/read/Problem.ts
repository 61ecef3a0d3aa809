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

/** Thrown once, after a stage has collected all problems of the input. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'InputError';
  }
}

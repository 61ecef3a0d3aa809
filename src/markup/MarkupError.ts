import { markupMessages } from './messages.js';

export interface MarkupProblem {
  line: number;
  message: string;
}

/** The layout markup (the filled template) does not say what the parser understands. */
export class MarkupError extends Error {
  constructor(readonly problems: MarkupProblem[]) {
    super(problems.map((p) => markupMessages.at(p.line, p.message)).join('\n'));
    this.name = 'MarkupError';
  }
}

import { InputError } from '../read/Problem.js';
import { MarkupError } from '../markup/MarkupError.js';

/** What the user reads when a build fails: input problems listed, anything else by its message. */
export function describeError(error: unknown): string {
  if (error instanceof InputError) {
    const n = error.problems.length;
    return `factsheet: the edition has ${n} problem${n === 1 ? '' : 's'}; no PDF was written.\n${error.message}`;
  }
  if (error instanceof MarkupError) return `factsheet: the template produced markup the parser rejects; no PDF was written.\n${error.message}`;
  if (error instanceof Error && /^(layout|build|template):/.test(error.message)) return `factsheet: ${error.message}\nNo PDF was written.`;
  return `factsheet: internal error; no PDF was written.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

import { MarkupError } from '../markup/MarkupError.js';
import { InputError } from '../model/Problem.js';
import { CommandError } from './CommandError.js';
import { cliMessages as msg } from './messages.js';

/**
 * What the user reads when a command fails: input problems listed, output problems in one
 * line, stage failures by their message; a stack trace only for what must be a bug.
 * `writes` says whether the command would have written PDFs (build) or not (check).
 */
export function describeError(error: unknown, writes = true): string {
  if (error instanceof InputError) return `${msg.inputProblems(error.problems.length, writes)}\n${error.message}`;
  if (error instanceof CommandError) return `factsheet: ${error.message}`;
  if (error instanceof MarkupError) return `${msg.markupProblems()}\n${error.message}`;
  if (error instanceof Error && /^(layout|build|template):/.test(error.message)) return msg.stageFailure(error.message);
  return msg.internal(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

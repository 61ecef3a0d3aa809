import { LayoutError } from '../layout/LayoutError.js';
import { MarkupError } from '../markup/MarkupError.js';
import { InputError } from '../model/Problem.js';
import { UsageError } from '../model/UsageError.js';
import { CommandError } from './CommandError.js';
import { cliMessages as msg } from './messages.js';

/**
 * What the user reads when a command fails, by the error's type: input problems listed
 * (data, texts, templates, with file and line or key), a command or folder problem in one
 * line, content that cannot be laid out by its numbers; a stack trace only for a bug,
 * whatever its message says. `writes` says whether the command would have written PDFs
 * (build) or not (check).
 */
export function describeError(error: unknown, writes = true): string {
  if (error instanceof InputError) return `${msg.inputProblems(error.problems.length, writes)}\n${error.message}`;
  if (error instanceof CommandError || error instanceof UsageError) return `factsheet: ${error.message}`;
  if (error instanceof MarkupError) return `${msg.markupProblems()}\n${error.message}`;
  if (error instanceof LayoutError) return msg.stageFailure(error.message);
  return msg.internal(error instanceof Error ? (error.stack ?? error.message) : String(error));
}

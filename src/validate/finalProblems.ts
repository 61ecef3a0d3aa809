/**
 * For `build --final`: every breakdown figure must be published. Lists each row still
 * `inferred` or `unpublished`, by file and line, so the editor knows what to replace.
 */
import type { Problem } from '../model/Problem.js';
import type { RawEdition } from '../read/RawEdition.js';
import { validateMessages as msg } from './messages.js';

export function finalProblems(raw: RawEdition): Problem[] {
  const problems: Problem[] = [];
  for (const file of Object.values(raw.tables)) {
    for (const r of file.records) {
      const status = r.values.status;
      if (status === 'inferred' || status === 'unpublished') problems.push({ file: file.path, line: r.line, field: 'status', message: msg.provisional(status) });
    }
  }
  return problems;
}

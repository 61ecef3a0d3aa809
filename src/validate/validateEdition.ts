/**
 * Stage 2, validate: RawEdition → Edition. Every problem of every file is collected and
 * thrown together as one InputError; a returned Edition is trusted by all later stages.
 */
import { InputError, type Problem } from '../read/Problem.js';
import type { RawEdition } from '../read/RawEdition.js';
import type { Edition } from './Edition.js';
import { validateFigures } from './figures.js';
import { checkPurposes } from './purposes.js';
import { validatePublication } from './publication.js';
import { validateTexts } from './texts.js';

export function validateEdition(raw: RawEdition): Edition {
  const problems: Problem[] = [];
  const figures = validateFigures(raw, problems);
  const publication = raw.publication && validatePublication(raw.publication, problems);
  const texts = publication && validateTexts(raw.texts, publication, problems);
  if (texts && raw.tables.exploitation) checkPurposes(raw.tables.exploitation, texts, raw.texts, problems);
  if (problems.length > 0 || !figures || !publication || !texts) throw new InputError(problems);
  return { dir: raw.dir, publication, figures, texts };
}

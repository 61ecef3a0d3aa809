/**
 * Stage 2, validate: RawEdition → Edition. Every problem of every file is collected and
 * thrown together as one InputError; a returned Edition is trusted by all later stages.
 * The publication types its figures; the engine checks publication.yaml and the texts,
 * against the engine's keys, the publication's and (let be) those of the edition's other
 * publications.
 */
import { InputError, type Problem } from '../model/Problem.js';
import type { Edition } from '../model/Edition.js';
import type { AnyPublication, PublicationModule } from '../PublicationModule.js';
import type { RawEdition } from '../read/RawEdition.js';
import { validatePublication } from './publication.js';
import { textSchemaOf } from './textSchema.js';
import { validateTexts } from './texts.js';

export function validateEdition<F>(raw: RawEdition, product: PublicationModule<F>, all: readonly AnyPublication[] = [product]): Edition<F> {
  const problems: Problem[] = [];
  const figures = product.figures(raw.tables, problems);
  const publication = raw.publication && validatePublication(raw.publication, problems, product.charts?.ids);
  const texts = publication && validateTexts(raw.texts, publication, textSchemaOf(all, product.id), problems);
  if (texts && product.checkTexts) product.checkTexts(raw.tables, texts, raw.texts, problems);
  if (problems.length > 0 || figures === undefined || !publication || !texts) throw new InputError(problems);
  return { dir: raw.dir, publication, figures, texts };
}

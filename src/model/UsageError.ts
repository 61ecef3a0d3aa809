/**
 * What a build was asked for does not exist for its publication: a language the edition is
 * not published in, a page size or variant the publication does not have. The user fixes
 * the command, so it is printed as one line, never as an internal error.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Wording of each `UsageError`; tests call these too. */
export const usageMessages = {
  notInEdition: (langs: readonly string[], languages: readonly string[]) =>
    `--lang ${langs.join(', ')}: the edition is published in ${languages.join(', ')} only (publication.yaml, languages)`,
  /** A size or variant the publication does not have; for the sheet, which publications have one. */
  notInPublication: (
    product: { id: string; themes: object; variants: readonly string[] },
    refused: readonly string[],
    all: readonly { id: string; sheet?: unknown }[],
  ) => {
    const own = `its page sizes: ${Object.keys(product.themes).join(', ')}; its variants: ${product.variants.join(', ')}`;
    const withSheet = all.filter((p) => p.sheet).map((p) => `--product ${p.id}`).join(', ') || 'none has one';
    const sheet = refused.includes('sheet') ? `; the office sheet prints several copies to a page, for a small publication: ${withSheet}` : '';
    return `the ${product.id} has no ${refused.join(', ')} (${own})${sheet}`;
  },
};

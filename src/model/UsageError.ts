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

/**
 * A problem with a command's folders rather than with the edition's content: an
 * `--edition` or `--out` that is a file, a folder that cannot be written or does not
 * answer, a write that failed part-way. The user can fix it, so it is printed as one line
 * naming the path, never as an internal error.
 */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

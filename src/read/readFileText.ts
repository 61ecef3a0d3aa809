import { readFileSync } from 'node:fs';
import { decodeText } from './decodeText.js';
import { fileProblem } from './fileProblem.js';
import { READ_LIMITS } from './limits.js';
import type { Problem } from '../model/Problem.js';
import { readMessages as msg } from './messages.js';

/**
 * A file's text, and its bytes as read, if it is an ordinary file within the size bound,
 * can be read and is UTF-8; otherwise a problem naming the file. The bytes are what an
 * edition embeds: the file exactly as given.
 */
export function readFileText(path: string, problems: Problem[]): { text: string; bytes: Buffer } | undefined {
  const refused = fileProblem(path, READ_LIMITS.fileBytes);
  if (refused !== undefined) {
    problems.push({ file: path, message: refused === 'missing' ? msg.missingFile() : refused });
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    problems.push({ file: path, message: msg.unreadable((e as NodeJS.ErrnoException).code ?? String(e)) });
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    problems.push({ file: path, line: decoded.line, message: decoded.message });
    return undefined;
  }
  return { text: decoded.text, bytes };
}

import { readFileSync } from 'node:fs';
import { decodeText } from './decodeText.js';
import type { Problem } from './Problem.js';
import { readMessages as msg } from './messages.js';

/**
 * A file's text, and its bytes as read, if it can be read and is UTF-8; otherwise a problem
 * naming the file. The bytes are what an edition embeds: the file exactly as given.
 */
export function readFileText(path: string, problems: Problem[]): { text: string; bytes: Buffer } | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    problems.push({ file: path, message: msg.unreadable((e as NodeJS.ErrnoException).code ?? String(e)) });
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    problems.push({ file: path, message: decoded.message });
    return undefined;
  }
  return { text: decoded.text, bytes };
}

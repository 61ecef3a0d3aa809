/**
 * File bytes → text, accepting UTF-8 only (with or without a byte-order mark). Editors
 * save CSV and YAML from Excel, LibreOffice or Notepad, which may write UTF-16 or the
 * Windows code page of Central Europe (Windows-1250); read as UTF-8 these give NUL
 * characters or replacement boxes, which later checks would blame on the wrong thing.
 * So the encoding is named here, before anything is parsed.
 */
import { readMessages as msg } from './messages.js';

export type Decoded = { ok: true; text: string } | { ok: false; message: string; line?: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): Decoded {
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, message: msg.notText(binary) };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, message: msg.notUtf8('UTF-16 little-endian, with a byte-order mark') };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, message: msg.notUtf8('UTF-16 big-endian, with a byte-order mark') };
  const utf16 = utf16Guess(bytes);
  if (utf16) return { ok: false, message: msg.notUtf8(`${utf16}, without a byte-order mark`) };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, message: msg.notUtf8(singleByteGuess(bytes)) };
  }
  // A stray NUL is valid UTF-8, but no text of ours holds one: csv-parse would keep it in a
  // cell, which a terminal then shows as "3 9" or "39", and YAML would blame it on a key.
  const nul = text.indexOf('\0');
  if (nul >= 0) return { ok: false, message: msg.nulByte(), line: text.slice(0, nul).split('\n').length };
  return { ok: true, text };
}

/** Files that are not text at all, by their first bytes: what Excel saves by default. */
function binaryKind(bytes: Uint8Array): string | undefined {
  const starts = (...magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a zip archive, such as an Excel workbook (.xlsx)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'an old Excel workbook (.xls)';
  return undefined;
}

/** ASCII text in UTF-16 has a NUL in every other byte: odd bytes (LE) or even bytes (BE). */
function utf16Guess(bytes: Uint8Array): string | undefined {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > n / 4 && even === 0) return 'UTF-16 little-endian';
  if (even > n / 4 && odd === 0) return 'UTF-16 big-endian';
  return undefined;
}

/** č š ž Č Š Ž in Windows-1250 (E8 9A 9E C8 8A 8E) against ISO-8859-2, which puts š ž elsewhere. */
function singleByteGuess(bytes: Uint8Array): string {
  const windows1250 = new Set([0x8a, 0x8e, 0x9a, 0x9e]);
  return bytes.some((b) => windows1250.has(b)) ? 'Windows-1250 (“ANSI”, Central European)' : 'a single-byte code page such as Windows-1250 or ISO-8859-2';
}

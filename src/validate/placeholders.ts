/** `{name}` placeholders of a text, in order of appearance (`{contact.kljuc_web}` gives `contact.kljuc_web`). */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([a-z_.]+)\}/gi)].map((m) => m[1]!);
}

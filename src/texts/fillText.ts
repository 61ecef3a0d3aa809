/**
 * Fills `{name}` placeholders of a text from `values`. A placeholder with no value goes to
 * `missing`, which throws in the caller's terms (bad input for chart texts, a broken
 * invariant where validation has already checked the placeholders).
 */
export function fillText(
  text: string,
  values: Readonly<Record<string, string>>,
  missing: (name: string) => never = (name) => {
    throw new Error(`texts: unknown placeholder {${name}} in "${text}"`);
  },
): string {
  return text.replace(/\{([a-z_.]+)\}/gi, (_, name: string) => values[name] ?? missing(name));
}

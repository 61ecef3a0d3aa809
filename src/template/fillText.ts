/**
 * Fills `{name}` placeholders of a text. An unknown placeholder is a broken invariant:
 * validation has already checked that every language uses the same ones.
 */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{([a-z_.]+)\}/gi, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`template: unknown placeholder {${name}} in "${text}"`);
    return value;
  });
}

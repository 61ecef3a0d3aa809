/** Wording of markup problems; tests call these too. */
export const markupMessages = {
  at: (line: number, message: string) => `markup line ${line}: ${message}`,
  notAllowed: (name: string, parent: string) => `<${name}> is not allowed inside <${parent}>`,
  textNotAllowed: (parent: string) => `text is not allowed directly inside <${parent}>`,
  missingAttr: (name: string, attr: string) => `<${name}> needs the attribute ${attr}`,
  badAttr: (name: string, attr: string, value: string, expected: string) =>
    `<${name} ${attr}="${value}">: expected ${expected}`,
  missingChild: (name: string, child: string) => `<${name}> needs a <${child}>`,
  empty: (name: string) => `<${name}> is empty`,
  badRoot: (name: string) => `the root element must be <document>, not <${name}>`,
};

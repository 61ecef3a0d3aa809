/**
 * Stage 5, template: Edition + language → layout markup, through the publication's
 * Handlebars template in strict mode (a missing key is an error naming it). The template
 * sees the texts as `t`, the language's BCP 47 tag as `langTag`, and what the publication
 * derives (`PublicationModule.context`). The template holds no figures and
 * no prose; texts reach it through `{{text …}}`, which fills placeholders, turns
 * `{contact.KEY}` into a working link described in words (the text file's `links`), and
 * `{sl:Ključ}`, words in another language, into `<span lang="sl">` (unmarked in that
 * language's own edition). Each text's output is wrapped in `<t key="…">` with its key in
 * the text file (`a.list[1].name`), so a block layout cannot set names the keys
 * its words came from (`Block.keys`). A template's own mistakes are problems of its file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { formatterFor } from '../format/Formatter.js';
import { fillText } from '../texts/fillText.js';
import type { Contact, Edition, Lang, TextValue } from '../model/Edition.js';
import { InputError } from '../model/Problem.js';
import { escapeXml } from './escapeXml.js';
import { templateMessages as msg } from './messages.js';

export interface TemplateEnv {
  /** Folder holding the main template and `partials/*.hbs` (any number, or none). */
  dir: string;
  /** The main template's file name in `dir`, e.g. `main.hbs`. */
  main: string;
  /** What each `{name}` placeholder of a text stands for (`{period}`), already formatted. */
  values: Readonly<Record<string, string>>;
  /** The publication's derived figures and captions. */
  context: object;
}

/** `{sl:Društvo Ključ}`: words in the language `sl`. */
export const FOREIGN = /^\{([a-z]{2,3}):([^{}]+)\}$/;

interface Compiled {
  template: Handlebars.TemplateDelegate;
  /** Partials by name: sources, which Handlebars replaces by their compiled form on first use. */
  partials: Record<string, string | Handlebars.TemplateDelegate>;
}

/** The templates compiled in this process, by their sources: an edited file compiles again. */
const compiled = new Map<string, Compiled>();

/** The template and partials as saved, compiled once per content. */
function compiledTemplates(templatesDir: string, main: string): Compiled {
  const dir = join(templatesDir, 'partials');
  const partials = Object.fromEntries(
    (existsSync(dir) ? readdirSync(dir) : [])
      .filter((f) => f.endsWith('.hbs'))
      .map((file) => [basename(file, '.hbs'), readFileSync(join(dir, file), 'utf8')]),
  );
  const source = readFileSync(join(templatesDir, main), 'utf8');
  const key = JSON.stringify([source, partials]);
  let entry = compiled.get(key);
  if (entry === undefined) {
    entry = { template: Handlebars.create().compile(source, { strict: true, noEscape: false }), partials };
    compiled.set(key, entry);
  }
  return entry;
}

export function renderTemplate(edition: Edition, lang: Lang, env: TemplateEnv): string {
  const { values } = env;
  const contacts = edition.publication.contacts;
  const links = edition.texts[lang].links as Record<Contact['kind'], string>;
  // Words in another language than the edition's are marked; in their own edition, not.
  const inLang = (tag: string | undefined, markup: string) => (tag === undefined || tag === lang ? markup : `<span lang="${escapeXml(tag)}">${markup}</span>`);
  const text = (value: unknown, options: Handlebars.HelperOptions & { loc?: { start: { line: number } } }) => {
    // Strict mode does not reach helper arguments, so a mistyped key arrives here as undefined.
    if (!(value instanceof KeyedText)) throw templateProblem(msg.notText(typeof value, lang), options.loc?.start.line);
    const markup = String(value).split(/(\{[a-z_.]+\}|\{[a-z]{2,3}:[^{}]+\})/i).map((part) => {
      const foreign = FOREIGN.exec(part);
      if (foreign) return inLang(foreign[1], escapeXml(foreign[2]!));
      const name = /^\{([a-z_.]+)\}$/i.exec(part)?.[1];
      if (name === undefined) return escapeXml(part);
      const contact = /^contact\.(.+)$/.exec(name)?.[1];
      if (contact !== undefined) {
        const c = contacts[contact];
        if (!c) throw templateProblem(msg.unknownContact(name), options.loc?.start.line);
        const title = fillText(links[c.kind], { target: c.kind === 'url' ? c.href : c.text });
        return inLang(c.lang, `<a href="${escapeXml(c.href)}" title="${escapeXml(title)}">${escapeXml(c.text)}</a>`);
      }
      if (!(name in values)) throw templateProblem(msg.unknownPlaceholder(name, String(value)), options.loc?.start.line);
      return escapeXml(values[name]!);
    });
    return new Handlebars.SafeString(`<t key="${escapeXml(value.key)}">${markup.join('')}</t>`);
  };
  const templateFile = join(env.dir, env.main);
  /** A template mistake: named at the main template and the line Handlebars gives (of it, or of a partial). */
  const templateProblem = (message: string, line?: number) => new InputError([{ file: templateFile, ...(line !== undefined && { line }), message }]);
  // The helper knows this edition and language, so it is given with each call, not compiled in.
  const { template, partials } = compiledTemplates(env.dir, env.main);
  const context = { ...env.context, t: keyed(edition.texts[lang]!, ''), langTag: formatterFor(lang).locale };
  try {
    return template(context, { helpers: { text }, partials });
  } catch (e) {
    // Strict mode's own errors: a name the template uses that the context does not have.
    if (e instanceof Handlebars.Exception) throw templateProblem(e.message.replace(/ - \d+:\d+$/, ''), (e as { lineNumber?: number }).lineNumber);
    throw e;
  }
}

/** A text with its key path in the text file: what `{{text}}` accepts, so it knows what it prints. */
class KeyedText extends String {
  constructor(value: string, readonly key: string) {
    super(value);
  }
}

/** The texts with every string a `KeyedText` (keys as problems name them: `a.b[2].c`). */
function keyed(value: TextValue, path: string): unknown {
  if (typeof value === 'string') return new KeyedText(value, path);
  if (Array.isArray(value)) return value.map((v, i) => keyed(v, `${path}[${i}]`));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, keyed(v, path ? `${path}.${k}` : k)]));
}

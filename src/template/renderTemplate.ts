/**
 * Stage 5, template: Edition + language → layout markup, through the publication's
 * Handlebars template in strict mode (a missing key is an error naming it). The template
 * sees the texts as `t`, the language's BCP 47 tag as `langTag`, and what the publication
 * derives (`PublicationModule.context`). The template holds no figures and
 * no prose; texts reach it through `{{text …}}`, which fills placeholders, turns
 * `{contact.KEY}` into a working link described in words (the text file's `links`), and
 * `{sl:Ključ}`, words in another language, into `<span lang="sl">` (unmarked in that
 * language's own edition).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { formatterFor } from '../format/Formatter.js';
import { fillText } from '../texts/fillText.js';
import type { Contact, Edition, Lang } from '../model/Edition.js';
import { escapeXml } from './escapeXml.js';
import { templateMessages as msg } from './messages.js';

export interface TemplateEnv {
  /** Folder holding the main template and `partials/*.hbs` (any number, or none). */
  dir: string;
  /** The main template's file name in `dir`, e.g. `leaflet.hbs`. */
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
    if (typeof value !== 'string')
      throw new Error(msg.notText(options.loc?.start.line ?? '?', typeof value, lang));
    const markup = value.split(/(\{[a-z_.]+\}|\{[a-z]{2,3}:[^{}]+\})/i).map((part) => {
      const foreign = FOREIGN.exec(part);
      if (foreign) return inLang(foreign[1], escapeXml(foreign[2]!));
      const name = /^\{([a-z_.]+)\}$/i.exec(part)?.[1];
      if (name === undefined) return escapeXml(part);
      const contact = /^contact\.(.+)$/.exec(name)?.[1];
      if (contact !== undefined) {
        const c = contacts[contact];
        if (!c) throw new Error(msg.unknownContact(name));
        const title = fillText(links[c.kind], { target: c.kind === 'url' ? c.href : c.text });
        return inLang(c.lang, `<a href="${escapeXml(c.href)}" title="${escapeXml(title)}">${escapeXml(c.text)}</a>`);
      }
      if (!(name in values)) throw new Error(msg.unknownPlaceholder(name, value));
      return escapeXml(values[name]!);
    });
    return new Handlebars.SafeString(markup.join(''));
  };
  // The helper knows this edition and language, so it is given with each call, not compiled in.
  const { template, partials } = compiledTemplates(env.dir, env.main);
  const context = { t: edition.texts[lang], langTag: formatterFor(lang).locale, ...env.context };
  return template(context, { helpers: { text }, partials });
}

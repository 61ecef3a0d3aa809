/**
 * The bad-input corpus: each case is the real edition with one change an editor might
 * make, and the exact problems it must report (file relative to the edition, line or key
 * path, message). Wording comes from the message functions, so a reworded message changes
 * here too; locations and values are written out.
 */
import { readMessages as r } from '../../src/read/messages.js';
import { validateMessages as v } from '../../src/validate/messages.js';
import { deleteLine, setLine, utf16, windows1250, type FileEdit } from '../support/editionFixture.js';
import { leafletMessages as lmsg } from '../../src/publications/leaflet/messages.js';

export interface BadInput {
  name: string;
  edits: Record<string, FileEdit>;
  /** Every problem reported, as printed (file relative to the edition folder). */
  problems: string[];
}

const sub = (from: string | RegExp, to: string) => (t: string) => {
  const out = t.replace(from, to);
  if (out === t) throw new Error(`corpus: ${String(from)} not found`);
  return out;
};
const COUNT = 'a whole number';
const DATE = 'a date written YYYY-MM-DD (e.g. 2026-11-28)';
const WIN1250 = 'Windows-1250 (“ANSI”, Central European)';
/** The engine's keys, then the leaflet's (the order `textSchemaOf` lists them in). */
const TOP_KEYS = ['publisher', 'footer', 'page_label', 'attachment', 'links', 'title', 'subtitle', 'document_title', 'source_label', 'sources_label', 'total', 'year', 'forms', 'children', 'statement', 'definition', 'victims', 'exploitation', 'origin', 'assistance', 'measures', 'prosecution', 'help', 'services', 'iwg', 'coordinator', 'website', 'charts', 'card'];
const PUB_KEYS = ['slug', 'languages', 'date', 'contacts', 'sources', 'charts', 'countries'];
const PURPOSES = 'sexual_exploitation, forced_labour, commission_of_crime, begging, slavery, servitude, organ_trade, forced_marriage, illegal_adoption, other';

export const CASES: BadInput[] = [
  // victims.csv
  { name: 'a word for a count', edits: { 'victims.csv': setLine(4, '2021,39,one,0') }, problems: [`victims.csv:4: men: ${v.notCount('one')}`] },
  { name: 'a negative count', edits: { 'victims.csv': setLine(4, '2021,39,-1,0') }, problems: [`victims.csv:4: men: ${v.notCount('-1')}`] },
  { name: 'a decimal count', edits: { 'victims.csv': setLine(4, '2021,39,1.5,0') }, problems: [`victims.csv:4: men: ${v.notCount('1.5')}`] },
  { name: 'a count with a thousands separator', edits: { 'victims.csv': setLine(4, '2021,"1,039",1,0') }, problems: [`victims.csv:4: women: ${v.notCount('1,039')}`] },
  { name: 'an empty cell', edits: { 'victims.csv': setLine(4, '2021,39,,0') }, problems: [`victims.csv:4: men: ${v.toFill(COUNT)}`] },
  { name: 'a two-digit year', edits: { 'victims.csv': setLine(2, '19,6,1,0') }, problems: [`victims.csv:2: year: ${v.notYear('19')}`] },
  { name: 'a year twice', edits: { 'victims.csv': setLine(3, '2019,27,0,0') }, problems: [`victims.csv:3: ${v.duplicateYear(2019, 2)}`] },
  { name: 'a renamed column', edits: { 'victims.csv': setLine(1, 'year,woman,men,children') }, problems: [`victims.csv:1: women: ${v.missingColumn('women')}`, `victims.csv:1: woman: ${v.unknownColumn('woman', ['year', 'women', 'men', 'children'])}`] },
  { name: 'an extra column', edits: { 'assistance.csv': (t) => t.replace(/\n/g, ',\n').replace(',\n', ',notes\n') }, problems: [`assistance.csv:1: notes: ${v.unknownColumn('notes', ['year', 'crisis_accommodation', 'safe_accommodation', 'reintegration_programme'])}`] },
  { name: 'a row with a field too few', edits: { 'assistance.csv': setLine(2, '2019,4,2') }, problems: [`assistance.csv:2: ${v.columnCount(3, 4)}`] },
  { name: 'a row with a field too many', edits: { 'prosecution.csv': setLine(2, '2019,14,9,4,1') }, problems: [`prosecution.csv:2: ${v.columnCount(5, 4)}`] },
  { name: 'a table with its header only', edits: { 'prosecution.csv': () => 'year,suspects,accused,convicted\n' }, problems: [`prosecution.csv: ${v.noRows()}`] },
  { name: 'a missing table', edits: { 'assistance.csv': () => null }, problems: [`assistance.csv: ${r.missingFile()}`] },
  { name: 'an empty CSV file', edits: { 'victims.csv': () => '' }, problems: [`victims.csv: ${r.emptyCsv()}`] },
  { name: 'a CSV saved as UTF-16 with BOM', edits: { 'origin.csv': utf16(true) }, problems: [`origin.csv: ${r.notUtf8('UTF-16 little-endian, with a byte-order mark')}`] },
  { name: 'a CSV saved as UTF-16 without BOM', edits: { 'victims.csv': utf16(false) }, problems: [`victims.csv: ${r.notUtf8('UTF-16 little-endian, without a byte-order mark')}`] },
  { name: 'an unclosed quote', edits: { 'origin.csv': setLine(2, '2019,"VN,4,published') }, problems: [expect('origin.csv', /^origin\.csv(:\d+)?: not valid CSV \(Quote Not Closed/)] },
  // years across tables
  { name: 'a year only in assistance.csv', edits: { 'assistance.csv': sub('2024,6,5,9', '2025,6,5,9') }, problems: [`assistance.csv:7: year: ${lmsg.yearExtra(2025)}`, `assistance.csv: ${lmsg.yearMissing(2024)}`] },
  { name: 'a year missing from prosecution.csv', edits: { 'prosecution.csv': deleteLine(4) }, problems: [`prosecution.csv: ${lmsg.yearMissing(2021)}`] },
  { name: 'a year with victims but no origin rows', edits: { 'origin.csv': deleteLine(4) }, problems: [`origin.csv: ${lmsg.yearMissing(2020)}`] },
  { name: 'a named country in a year not in victims.csv', edits: { 'origin-named.csv': (t) => `${t}2030,BA\n` }, problems: [`origin-named.csv:15: year: ${lmsg.yearExtra(2030)}`] },
  // breakdowns
  { name: 'purposes that do not add up', edits: { 'exploitation.csv': setLine(5, '2021,sexual_exploitation,41,published') }, problems: [`exploitation.csv:5: victims: ${lmsg.totalMismatch(2021, 41, 40)}`] },
  { name: 'a victims cell that breaks both breakdowns', edits: { 'victims.csv': setLine(2, '2019,7,1,0') }, problems: [`exploitation.csv:2: victims: ${lmsg.totalMismatch(2019, 7, 8)}`, `origin.csv:2: victims: ${lmsg.totalMismatch(2019, 7, 8)}`] },
  { name: 'a purpose typo', edits: { 'exploitation.csv': setLine(3, '2019,servitud,2,published') }, problems: [`exploitation.csv:3: purpose: purpose "servitud" is not a known purpose: it has no label under charts.purposes in text.sl.yaml and text.en.yaml (known: ${PURPOSES})`] },
  { name: 'a purpose in capitals', edits: { 'exploitation.csv': setLine(3, '2019,Servitude,2,published') }, problems: [`exploitation.csv:3: purpose: ${v.notKey('Servitude')}`] },
  { name: 'a purpose written twice for a year', edits: { 'exploitation.csv': setLine(3, '2019,sexual_exploitation,2,published') }, problems: [`exploitation.csv:3: ${v.duplicateKey(2019, 'sexual_exploitation', 2)}`] },
  { name: 'a status typo', edits: { 'exploitation.csv': setLine(2, '2019,sexual_exploitation,5,publised') }, problems: [`exploitation.csv:2: status: ${v.notStatus('publised')}`] },
  { name: 'unpublished victims marked published', edits: { 'origin.csv': setLine(3, '2019,unpublished,3,published') }, problems: [`origin.csv:3: status: ${lmsg.unpublishedStatus('unpublished', 'published')}`] },
  { name: 'a country marked unpublished', edits: { 'origin.csv': setLine(2, '2019,VN,4,unpublished') }, problems: [`origin.csv:2: status: ${lmsg.unpublishedStatus('VN', 'unpublished')}`] },
  { name: 'the pseudo-country XA', edits: { 'origin.csv': setLine(2, '2019,XA,4,published') }, problems: [`origin.csv:2: country: ${v.notCountry('XA')}`] },
  { name: 'the unknown region ZZ', edits: { 'origin.csv': setLine(2, '2019,ZZ,4,published') }, problems: [`origin.csv:2: country: ${v.notCountry('ZZ')}`] },
  { name: 'the eurozone EZ among named countries', edits: { 'origin-named.csv': setLine(2, '2023,EZ') }, problems: [`origin-named.csv:2: country: ${v.notNamedCountry('EZ')}`] },
  { name: 'a country code in lower case', edits: { 'origin.csv': setLine(2, '2019,vn,4,published') }, problems: [`origin.csv:2: country: ${v.notCountry('vn')}`] },
  { name: 'an alpha-3 country code', edits: { 'origin.csv': setLine(2, '2019,VNM,4,published') }, problems: [`origin.csv:2: country: ${v.notCountry('VNM')}`] },
  { name: 'a country name instead of its code', edits: { 'origin-named.csv': setLine(2, '2023,Bosnia') }, problems: [`origin-named.csv:2: country: ${v.notNamedCountry('Bosnia')}`] },
  { name: 'a country named twice in a year', edits: { 'origin-named.csv': (t) => `${t}2024,BA\n` }, problems: [`origin-named.csv:15: ${lmsg.duplicateNamed(2024, 'BA', 10)}`] },
  { name: '“unpublished” among named countries', edits: { 'origin-named.csv': setLine(2, '2023,unpublished') }, problems: [`origin-named.csv:2: country: ${v.notNamedCountry('unpublished')}`] },
  { name: 'a country twice in origin.csv for a year', edits: { 'origin.csv': setLine(8, '2022,VE,1,inferred') }, problems: [`origin.csv:8: ${v.duplicateKey(2022, 'VE', 7)}`] },
  // text files
  { name: 'a misspelt top-level key', edits: { 'text.sl.yaml': sub(/^statement: /m, 'statment: ') }, problems: [`text.sl.yaml:6: statement: ${v.missingKey('a text')}`, `text.sl.yaml:41: statment: ${v.unknownKey(TOP_KEYS.filter((k) => k !== 'statment'))}`] },
  { name: 'a misspelt nested key', edits: { 'text.en.yaml': sub('  big_numbers_caption:', '  big_number_caption:') }, problems: [`text.en.yaml:98: prosecution.big_numbers_caption: ${v.missingKey('a text')}`, `text.en.yaml:102: prosecution.big_number_caption: ${v.unknownKey(['heading', 'suspects', 'accused', 'convicted', 'big_numbers_caption'])}`] },
  { name: 'a key missing in both languages', edits: { 'text.sl.yaml': sub(/^ {2}named_intro: .*\n/m, ''), 'text.en.yaml': sub(/^ {2}named_intro: .*\n/m, '') }, problems: [`text.en.yaml:70: origin.named_intro: ${v.missingKey('a text')}`, `text.sl.yaml:70: origin.named_intro: ${v.missingKey('a text')}`] },
  { name: 'a list where a text goes', edits: { 'text.en.yaml': sub('  women: Women\n', '  women: [Women]\n') }, problems: [`text.en.yaml:57: victims.women: ${v.wrongType('a text', 'a list')}`] },
  { name: 'a number where a text goes', edits: { 'text.en.yaml': sub('total: Total', 'total: 5') }, problems: [`text.en.yaml:15: total: ${v.wrongType('a text', 'a number')}`] },
  { name: 'an empty text', edits: { 'text.sl.yaml': sub('year: Leto', 'year: ""') }, problems: [`text.sl.yaml:15: year: ${v.wrongType('a text', 'an empty text')}`] },
  { name: 'a key without a value', edits: { 'text.sl.yaml': sub('year: Leto', 'year:') }, problems: [`text.sl.yaml:15: year: ${v.wrongType('a text', 'nothing')}`] },
  { name: 'a placeholder typo', edits: { 'text.sl.yaml': sub('Dejstva in podatki {period}', 'Dejstva in podatki {perod}') }, problems: [`text.sl.yaml:7: subtitle: ${v.unknownPlaceholder('perod', ['period', 'contact.*'])}`] },
  { name: 'a placeholder in a chart label', edits: { 'text.en.yaml': sub('    axis: Persons', '    axis: Persons {period}') }, problems: [`text.en.yaml:212: charts.prosecution.axis: ${v.unknownPlaceholder('period', [])}`] },
  { name: 'a placeholder the footer does not fill', edits: { 'text.en.yaml': sub('· {date}', '· {period}') }, problems: [`text.en.yaml:11: footer: ${v.unknownPlaceholder('period', ['date'])}`] },
  { name: 'a placeholder missing in one language', edits: { 'text.sl.yaml': sub('Dejstva in podatki {period}', 'Dejstva in podatki') }, problems: [expect('text.en.yaml', /^text\.en\.yaml:8: subtitle: placeholders \{period\} differ from .*text\.sl\.yaml's \{\}$/)] },
  { name: 'a contact placeholder naming no contact', edits: { 'text.en.yaml': sub('{contact.kljuc_email}', '{contact.kljuc_mail}') }, problems: [`text.en.yaml:124: services.contacts[1].lines[2]: ${v.unknownContact('kljuc_mail')}`, expect('text.en.yaml', /^text\.en\.yaml:122: services\.contacts\[1\]\.lines: placeholders .* differ from .*text\.sl\.yaml's/)] },
  { name: 'a list item fewer in one language', edits: { 'text.sl.yaml': sub('    - suženjstvo\n', '') }, problems: [expect('text.en.yaml', /^text\.en\.yaml:21: forms\.items: list has 8 items, .*text\.sl\.yaml has 7$/)] },
  { name: 'a title too long for the band', edits: { 'text.en.yaml': sub(/^title: .*$/m, 'title: Trafficking in Human Beings in Slovenia and in the Whole of Central and South-Eastern Europe, With Notes on the Methods Used and the Sources Consulted by the National Coordinator') }, problems: ['text.en.yaml: title, subtitle: banner is 65.0 pt taller than the banner band (104.0 pt) on the A4 pages; shorten the text'] },
  { name: 'a character the fonts lack in a title', edits: { 'text.sl.yaml': sub('title: Trgovina z ljudmi v Sloveniji', 'title: Trgovina z ljudmi v Sloveniji ★') }, problems: [`text.sl.yaml: title: ${v.missingGlyphs(['★'])}`] },
  { name: 'a character the fonts lack in a chart legend', edits: { 'text.en.yaml': sub('forced_marriage: Forced marriage', 'forced_marriage: Forced marriage ⚭') }, problems: [`text.en.yaml: charts.purposes.forced_marriage: ${v.missingGlyphs(['⚭'])}`] },
  { name: 'a character the fonts lack in a status word', edits: { 'text.sl.yaml': sub('inferred: Izpeljan podatek', 'inferred: Izpeljan podatek ✱') }, problems: [`text.sl.yaml: charts.status.inferred: ${v.missingGlyphs(['✱'])}`] },
  { name: 'a control character in a text', edits: { 'text.sl.yaml': sub('title: Trgovina z ljudmi v Sloveniji', 'title: "Trgovina z\\vljudmi v Sloveniji"') }, problems: [`text.sl.yaml:6: title: ${v.controlChar('U+000B')}`] },
  { name: 'a lone surrogate escape in a text', edits: { 'text.en.yaml': sub('total: Total', 'total: "Total\\uD800"') }, problems: [`text.en.yaml:15: total: ${v.controlChar('U+D800')}`] },
  { name: 'a control character in a citation', edits: { 'publication.yaml': sub('en: 24ur.com, June 2023, on the Working Group’s report for 2022', 'en: "24ur.com,\\x01 June 2023"') }, problems: [`publication.yaml:40: sources.24ur.en: ${v.controlChar('U+0001')}`] },
  { name: 'a text file saved as UTF-16', edits: { 'text.sl.yaml': utf16(true) }, problems: [`text.sl.yaml: ${r.notUtf8('UTF-16 little-endian, with a byte-order mark')}`] },
  { name: 'a text file saved as Windows-1250', edits: { 'text.sl.yaml': windows1250 }, problems: [`text.sl.yaml: ${r.notUtf8(WIN1250)}`] },
  { name: 'an empty text file', edits: { 'text.en.yaml': () => '' }, problems: [`text.en.yaml: ${r.emptyYaml()}`] },
  { name: 'a text file with only comments', edits: { 'text.en.yaml': () => '# to do\n' }, problems: [`text.en.yaml: ${r.emptyYaml()}`] },
  { name: 'a YAML syntax error', edits: { 'text.en.yaml': sub('title: Trafficking in Human Beings in Slovenia', 'title: "Trafficking in Human Beings in Slovenia') }, problems: [expect('text.en.yaml', /^text\.en\.yaml:\d+: not valid YAML \(/)] },
  { name: 'a key written twice', edits: { 'text.en.yaml': sub('total: Total\n', 'total: Total\ntotal: Sum\n') }, problems: [`text.en.yaml:16: ${r.duplicateKey('total', 15)}`] },
  { name: 'a tab used for indentation', edits: { 'text.en.yaml': sub('  women: Women', '\twomen: Women') }, problems: [`text.en.yaml:57: ${r.malformedYaml('Tabs are not allowed as indentation')}`] },
  { name: 'a text file that is a list', edits: { 'text.en.yaml': () => '- title\n' }, problems: [`text.en.yaml:1: ${r.notAMap('a list')}`] },
  { name: 'a missing text file', edits: { 'text.en.yaml': () => null }, problems: [`text.en.yaml: ${v.noTexts('en')}`] },
  // publication.yaml
  { name: 'an unknown publication key', edits: { 'publication.yaml': sub('slug: thb-slovenia', 'slug: thb-slovenia\ntitle: THB') }, problems: [`publication.yaml:5: title: ${v.unknownKey(PUB_KEYS)}`] },
  { name: 'a slug with capitals', edits: { 'publication.yaml': sub('slug: thb-slovenia', 'slug: THB Slovenia') }, problems: [`publication.yaml:4: slug: ${v.wrongType('lower-case letters, digits and -', '"THB Slovenia"')}`] },
  { name: 'a language without a text file', edits: { 'publication.yaml': sub('[sl, en]', '[sl, en, de]') }, problems: [`publication.yaml:5: languages[2]: ${v.unknownLanguage('de', ['sl', 'en'])}`] },
  { name: 'no languages', edits: { 'publication.yaml': sub('[sl, en]', '[]') }, problems: [`publication.yaml:5: languages: ${v.wrongType('at least 1 item', 'none')}`] },
  { name: 'an impossible date', edits: { 'publication.yaml': sub('date: 2026-11-28', 'date: 2026-13-45') }, problems: [`publication.yaml:7: date: ${v.wrongType(DATE, '"2026-13-45"')}`] },
  { name: 'a date written the Slovenian way', edits: { 'publication.yaml': sub('date: 2026-11-28', 'date: 28. 11. 2026') }, problems: [`publication.yaml:7: date: ${v.wrongType(DATE, '"28. 11. 2026"')}`] },
  { name: 'an obfuscated e-mail', edits: { 'publication.yaml': sub('email: info@karitas.si', 'email: info(@)karitas.si') }, problems: [`publication.yaml:20: contacts.karitas_email.email: ${v.wrongType('an e-mail address (name@example.si)', '"info(@)karitas.si"')}`] },
  { name: 'a telephone number with letters', edits: { 'publication.yaml': sub('tel: "113"', 'tel: "one one three"') }, problems: [`publication.yaml:12: contacts.police_emergency.tel: ${v.wrongType('a telephone number: digits and spaces, optionally a leading +', '"one one three"')}`] },
  { name: 'a plain http link', edits: { 'publication.yaml': sub('url: "https://www.karitas.si"', 'url: "http://www.karitas.si"') }, problems: [`publication.yaml:21: contacts.karitas_web.url: ${v.wrongType('an https:// address', '"http://www.karitas.si"')}`] },
  { name: 'a contact of an unknown kind', edits: { 'publication.yaml': sub('police_emergency: { tel: "113" }', 'police_emergency: { phone: "113" }') }, problems: [`publication.yaml:12: contacts.police_emergency: ${v.contactKind()}`] },
  { name: 'a chart citing an unlisted source', edits: { 'publication.yaml': sub('[govsi, 24ur', '[govsi, 42ur') }, problems: [`publication.yaml:50: charts.exploitation.sources[1]: ${v.unknownSource('42ur')}`] },
  { name: 'one colour pinned to two countries', edits: { 'publication.yaml': sub('colors: { DO: 1, VN: 2', 'colors: { DO: 2, VN: 2') }, problems: [`publication.yaml:54: charts.origin.colors.VN: ${v.colourTaken(2, 'DO')}`] },
  { name: 'a pinned colour the theme does not have', edits: { 'publication.yaml': sub('DO: 1,', 'DO: 7,') }, problems: [`publication.yaml:54: charts.origin.colors.DO: ${v.colourNumber(6)}`] },
  { name: 'a chart without sources', edits: { 'publication.yaml': sub('  victims: { sources: [coordinator] }\n', '') }, problems: [`publication.yaml:48: charts.victims: ${v.missingKey('a map')}`] },
  { name: 'a source without its English citation', edits: { 'publication.yaml': sub(/^ {4}en: 24ur.*\n/m, '') }, problems: [`publication.yaml:39: sources.24ur.en: ${v.missingCitation('en')}`] },
  { name: 'a character the fonts lack in a citation', edits: { 'publication.yaml': sub('en: 24ur.com, June 2023', 'en: 24ur.com ☎, June 2023') }, problems: [`publication.yaml: sources.24ur.en: ${v.missingGlyphs(['☎'])}`] },
  { name: 'an empty publication.yaml', edits: { 'publication.yaml': () => '' }, problems: [`publication.yaml: ${r.emptyYaml()}`] },
  { name: 'publication.yaml saved as UTF-16 without BOM', edits: { 'publication.yaml': utf16(false) }, problems: [`publication.yaml: ${r.notUtf8('UTF-16 little-endian, without a byte-order mark')}`] },
  { name: 'a missing publication.yaml', edits: { 'publication.yaml': () => null }, problems: [`publication.yaml: ${r.missingFile()}`] },
];

/** A problem whose exact wording comes from a library (csv-parse, yaml, zod): its file and a pattern. */
function expect(file: string, pattern: RegExp): string {
  return `${file} ~ ${pattern.source}`;
}

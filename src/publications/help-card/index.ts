/**
 * The pocket help card handed out at outreach events: ID-1 (85.60 × 53.98 mm), two sides.
 * Front: a calm heading and the numbers to call now; back: the anonymous reporting form's
 * QR code, the assisting organisations and the programme's website. It has no tables and
 * no charts: every number, address and link is a contact of the edition's
 * `publication.yaml`, the one the leaflet prints too, and its words are the `card:` keys of
 * the edition's text files.
 *
 * Screen, print (CMYK, bleed, crop marks) and the office sheet: A4 portrait, 2 × 5 cards a
 * side, backs mirrored for duplex printing flipped on the long edge (`imposeSheets`).
 */
import type { Lang } from '../../model/Edition.js';
import type { PublicationModule } from '../../PublicationModule.js';
import { pagePolicies } from './pagePolicies.js';
import { cardTexts } from './texts.js';
import { themes } from './themes.js';

/** The card has no figures of its own. */
type NoFigures = Record<string, never>;

const cardText = (texts: Record<string, unknown>, key: 'title' | 'sheet_note') => (texts.card as Record<string, string>)[key]!;

export const helpCard: PublicationModule<NoFigures> = {
  id: 'card',
  description: 'the pocket help card: the numbers to call and the reporting form, two sides of ID-1',
  tables: [],
  figures: () => ({}),
  textShape: cardTexts,
  values: () => ({}),
  context: (edition, lang: Lang) => ({ title: cardText(edition.texts[lang]!, 'title') }),
  templates: { dir: 'templates/help-card', main: 'card.hbs' },
  source: 'src/publications/help-card',
  themes,
  policies: pagePolicies,
  variants: ['screen', 'print', 'sheet'],
  sheet: {
    // A4 portrait: 2 × 5 cards of 85.60 × 53.98 mm leave 19.4 mm each side, 13.6 mm top and bottom.
    width: 595.28,
    height: 841.89,
    across: 2,
    down: 5,
    note: (edition, lang) => cardText(edition.texts[lang]!, 'sheet_note'),
  },
  /** `help-card-<lang>[-print|-sheet].pdf`: one size, so no size in the name. */
  fileName: (_edition, lang, _size, variant) => `help-card-${lang}${variant === 'screen' ? '' : `-${variant}`}.pdf`,
  keywords: (edition, lang) => [cardText(edition.texts[lang]!, 'title')],
};

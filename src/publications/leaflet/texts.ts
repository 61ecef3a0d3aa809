/**
 * The leaflet's keys in `text.<lang>.yaml`, beside the engine's (`ENGINE_TEXTS`): its
 * sections, tables, help page and charts. Its texts may name the period and contacts.
 */
import { z } from 'zod';
import { text } from '../../validate/textSchema.js';

/** Text printed through the leaflet template: the period and contact links may be named. */
const prose = () => text('period', 'contact.*');
const lines = () => z.array(prose()).min(1);
const label = () => text();
const section = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ heading: prose(), ...shape });

const chartAlt = () => text('period', 'values');

export const leafletTexts = {
  title: prose(),
  subtitle: prose(),
  document_title: text('period'),
  source_label: label(),
  sources_label: label(),
  total: label(),
  year: label(),
  forms: section({ items: lines() }),
  children: section({ items: lines() }),
  statement: prose(),
  definition: section({ text: prose() }),
  victims: section({ women: label(), men: label(), children: label() }),
  exploitation: section({ provisional: prose(), note: prose() }),
  origin: section({ provisional: prose(), note: prose(), named_intro: prose() }),
  assistance: section({ crisis_accommodation: label(), safe_accommodation: label(), reintegration_programme: label() }),
  measures: section({ items: lines() }),
  prosecution: section({ suspects: label(), accused: label(), convicted: label(), big_numbers_caption: prose() }),
  // The back page: its band, and the captions of its QR codes, each naming its link.
  help: z.strictObject({ title: prose(), subtitle: prose(), online_heading: prose(), report_qr: prose(), website_qr: prose() }),
  services: section({ contacts: z.array(z.strictObject({ name: prose(), lines: lines() })).min(1) }),
  iwg: section({ intro: prose(), items: lines(), text: prose() }),
  coordinator: section({ name: prose(), lines: lines() }),
  website: section({ lines: lines() }),
  charts: z.strictObject({
    unpublished: label(),
    // The group of the countries a chart does not name, and what the note under a
    // breakdown chart (and its alt text) says it holds: "{label}, {period}: {items}".
    other_countries: label(),
    grouped: text('label', 'period', 'items'),
    status: z.strictObject({ published: label(), inferred: label() }),
    // Every purpose key exploitation.csv may use, with its printed name.
    purposes: z.record(z.string().regex(/^[a-z][a-z_]*$/), label()),
    victims: z.strictObject({ axis: label(), women: label(), men: label(), children: label(), alt: chartAlt() }),
    exploitation: z.strictObject({ axis: label(), alt: chartAlt() }),
    origin: z.strictObject({ axis: label(), alt: chartAlt() }),
    assistance: z.strictObject({
      axis: label(),
      crisis_accommodation: label(),
      safe_accommodation: label(),
      reintegration_programme: label(),
      alt: chartAlt(),
    }),
    prosecution: z.strictObject({ axis: label(), suspects: label(), accused: label(), convicted: label(), alt: chartAlt() }),
    alt: z.strictObject({
      year_total: text('year', 'total', 'values'),
      year: text('year', 'values'),
      value: text('label', 'value'),
      value_separator: label(),
      year_separator: label(),
      provisional: label(),
      inferred: text('items'),
      inferred_item: text('label', 'year', 'value'),
      unpublished: text('items'),
      unpublished_item: text('value', 'year'),
    }),
  }),
};

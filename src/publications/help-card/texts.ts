/**
 * The help card's keys in `text.<lang>.yaml`, all under `card:` beside the engine's
 * (`ENGINE_TEXTS`) and the leaflet's. Its numbers, addresses and links are never words:
 * each text names them as `{contact.KEY}`, a value of `publication.yaml`.
 */
import { z } from 'zod';
import { text } from '../../validate/textSchema.js';

/** Printed on the card: contact links may be named, and words in another language (`{sl:Ključ}`). */
const prose = () => text('contact.*');

export const cardTexts = {
  card: z.strictObject({
    /** The PDF's title, what a file list and a screen reader announce. */
    title: text(),
    // Front: a calm heading (a question, then the reassurance) and the numbers to call now,
    // each with who answers and, where it is not always open, when.
    heading: prose(),
    subheading: prose(),
    numbers: z.array(z.strictObject({ label: prose(), number: prose(), hours: prose().optional() })).min(1),
    // Back: the reporting form's QR code with its caption, the assisting organisations one
    // line each, the programme's website.
    report_qr: prose(),
    organisations_heading: prose(),
    organisations: z.array(prose()).min(1),
    // The label on a line of its own: the address is long and breaks badly after words.
    website: z.strictObject({ label: prose(), address: prose() }),
    /** The office sheet's margin: how to print it both-sided and cut it. */
    sheet_note: text(),
  }),
};

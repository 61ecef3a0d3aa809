/**
 * The publications the command line knows, the default first. The engine is given one
 * to build and all of them to check the text files their edition shares.
 */
import type { AnyPublication } from '../PublicationModule.js';
import { helpCard } from './help-card/index.js';
import { leaflet } from './leaflet/index.js';

/** The edition `npm start` builds, relative to the project folder: the office's current one. */
export const DEFAULT_EDITION = 'data/thb-slovenia-2019-2024';

export const PUBLICATIONS: readonly AnyPublication[] = [leaflet, helpCard];

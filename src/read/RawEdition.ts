/**
 * What `readEdition` makes of an edition folder: every file parsed, nothing trusted yet.
 * Values stay strings (CSV) or plain YAML data; each keeps where it came from so that
 * `validate` can name the file and line of any problem.
 */
import type { Document } from 'yaml';

/** One CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  /** How many fields the line has, which may differ from the header's count. */
  fields: number;
  values: Record<string, string>;
}

export interface CsvFile {
  /** Path as given to the reader (for messages). */
  path: string;
  /** The file byte for byte as read: what the archive edition embeds. */
  bytes: Buffer;
  columns: string[];
  records: CsvRecord[];
}

export interface YamlFile {
  path: string;
  /** The parsed document, kept for line look-ups by key path. */
  doc: Document.Parsed;
  /** The document as plain data (maps as objects), aliases resolved within their bound. */
  value: Record<string, unknown>;
  /** Line offsets of the source, to turn a node's offset into a line. */
  lineOf: (offset: number) => number;
}

export interface RawEdition {
  dir: string;
  /** The CSV files the publication reads (`PublicationModule.tables`), by stem; a missing optional one is absent. */
  tables: Record<string, CsvFile>;
  publication?: YamlFile;
  /** `text.<lang>.yaml` files found, by language code as written in the name. */
  texts: Record<string, YamlFile>;
}

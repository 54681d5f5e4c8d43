import type { Block, Inline } from './blocks';
import type { SectionField } from './labels';
import { MAX_TABLE_ROWS } from './limits';
import type { Language } from './numbers';
import type { BriefNote } from './notes';

/** What every field reader gets besides its candidate. */
export interface ReadContext {
  language: Language;
  people: { accountId: string; displayName: string }[];
  /** The reader's today: days without a year are read from it, and days before it are flagged. */
  today?: string;
  /** The readings the PM picked among the brief's ambiguous values. */
  picks: { launchDate?: string };
  /** Where readers leave the ambiguous values they found (offered to the PM, not used until picked). */
  choices: ChoiceFound[];
}

export interface ChoiceFound {
  field: 'launchDate';
  raw: string;
  options: [string, string];
  source: BriefNote;
  picked?: string;
}

/** Where a field's value may be: a whole section under a heading, or one `key | value` entry. */
export type Candidate =
  | { field: SectionField; kind: 'section'; heading: string; blocks: Block[] }
  | {
      field: SectionField;
      kind: 'entry';
      inline: Inline;
      source: BriefNote;
      /** Found in a sentence (`Lancement prévu le 13 janvier`) rather than under a label: used only when nothing labelled gives a value. */
      sentence?: boolean;
    };

export interface Found<T> {
  value: T;
  source: BriefNote;
  /** Things the reader did not fully understand, kept alongside a usable value. */
  notices: BriefNote[];
}
export type Outcome<T> = { ok: true; found: Found<T> } | { ok: false; problems: BriefNote[] };

export const found = <T>(value: T, source: BriefNote, notices: BriefNote[] = []): Outcome<T> => ({
  ok: true,
  found: { value, source, notices },
});
export const failed = <T>(...problems: BriefNote[]): Outcome<T> => ({ ok: false, problems });

export type FieldReader<T> = (candidate: Candidate, ctx: ReadContext) => Outcome<T>;

export const headingSource = (heading: string): BriefNote => ({ key: 'briefReading.srcHeading', params: { heading } });
export const rowSource = (caption: string, row: number): BriefNote => ({ key: 'briefReading.srcRow', params: { caption, row } });
export function rowsSource(caption: string, rows: number[]): BriefNote {
  if (rows.length === 0) return { key: 'briefReading.srcTable', params: { caption } };
  const [first, last] = [Math.min(...rows), Math.max(...rows)];
  return first === last ? rowSource(caption, first) : { key: 'briefReading.srcRows', params: { caption, first, last } };
}

export type TableBlock = Extract<Block, { kind: 'table' }>;

/** The problem a cut table causes, named after the field it was read for. */
export function truncationProblem(field: string, table: TableBlock): BriefNote | undefined {
  return table.totalRows > table.rows.length
    ? { key: 'briefReading.tableCut', params: { field, caption: table.caption, rows: table.totalRows, max: MAX_TABLE_ROWS } }
    : undefined;
}

/** Every inline piece of a section, in reading order (paragraphs, list items, table cells). */
export function sectionInlines(blocks: Block[]): Inline[] {
  return blocks.flatMap((b): Inline[] => {
    if (b.kind === 'paragraph') return [b.inline];
    if (b.kind === 'list') return b.items;
    if (b.kind === 'table') return b.rows.flatMap((r) => r.cells);
    return [];
  });
}

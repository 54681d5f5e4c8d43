/**
 * The brief as a flat run of text blocks: what both readers (storage XHTML and ADF) produce and what the
 * section logic reads. Only plain text survives into it, never markup.
 */
import type { BriefNote } from './notes';

/** A run of inline content: its plain text plus the user mentions and dates it holds. */
export interface Inline {
  text: string;
  /** Account ids of `<ri:user>` / ADF `mention` nodes, in order. */
  mentions: string[];
  /** ISO days of `<time datetime>` / ADF `date` nodes, in order. */
  dates: string[];
}

export interface TableRow {
  cells: Inline[];
  /** Every cell is a header cell (`th` / `tableHeader`). */
  header: boolean;
}

export type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; inline: Inline }
  | { kind: 'list'; items: Inline[] }
  | {
      kind: 'table';
      rows: TableRow[];
      /** Rows in the page; more than `rows.length` when the table was cut at the row limit. */
      totalRows: number;
      /** The heading the table sits under (or `#n`), used to name it in sources. */
      caption: string;
    };

export interface BlockReading {
  blocks: Block[];
  /** Things skipped while reading (active content, too deep nesting). */
  notices: BriefNote[];
}

export const emptyInline = (): Inline => ({ text: '', mentions: [], dates: [] });

/** Collapses spaces inside lines, keeps line breaks, drops empty lines. */
export function tidyText(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u202f\u2007\u2009]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export function joinInlines(parts: Inline[], separator = '\n'): Inline {
  return {
    text: tidyText(parts.map((p) => p.text).join(separator)),
    mentions: parts.flatMap((p) => p.mentions),
    dates: parts.flatMap((p) => p.dates),
  };
}

/** Gives each table the text of the heading above it, so sources read `table "Budget", row 3`. */
export function captionTables(blocks: Block[]): Block[] {
  let heading: string | undefined;
  let tables = 0;
  return blocks.map((b) => {
    if (b.kind === 'heading') heading = b.text;
    if (b.kind !== 'table') return b;
    tables += 1;
    return { ...b, caption: heading ?? `#${tables}` };
  });
}

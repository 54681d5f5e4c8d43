import type { Inline, TableRow } from './blocks';
import type { TableBlock } from './reading';
import { normalize } from './text';

export interface BodyRow {
  cells: Inline[];
  /** 1-based position in the page's table, header included, as people count rows. */
  row: number;
}

export interface SplitTable {
  header?: string[];
  body: BodyRow[];
}

/**
 * Header row: all `th` cells, or a first row the caller recognises as one (some tables use bold `td`s).
 * Empty rows are dropped from the body.
 */
export function splitTable(table: TableBlock, looksLikeHeader: (cells: string[]) => boolean): SplitTable {
  const first: TableRow | undefined = table.rows[0];
  const firstTexts = first?.cells.map((c) => c.text) ?? [];
  const hasHeader = first !== undefined && (first.header || looksLikeHeader(firstTexts));
  const body = table.rows
    .map((r, i) => ({ cells: r.cells, row: i + 1 }))
    .slice(hasHeader ? 1 : 0)
    .filter((r) => r.cells.some((c) => c.text || c.mentions.length > 0));
  return hasHeader ? { header: firstTexts, body } : { body };
}

/** Index of the first header naming one of the words (normalized prefix match), or -1. */
export function findColumn(header: string[] | undefined, words: string[], except: number[] = []): number {
  if (!header) return -1;
  return header.findIndex((h, i) => {
    if (except.includes(i)) return false;
    const text = normalize(h);
    return words.some((w) => text === w || text.startsWith(`${w} `) || text.includes(` ${w} `) || text.endsWith(` ${w}`));
  });
}

export const cellText = (row: BodyRow, index: number): string => (index >= 0 ? (row.cells[index]?.text ?? '') : '');

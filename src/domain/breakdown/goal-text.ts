import { adfToBlocks } from '../brief/adf-blocks';
import type { Block } from '../brief/blocks';

/** Longest goal the engines read (a description is rarely longer; the rest adds nothing to matching). */
export const MAX_GOAL_CHARS = 4000;

const blockText = (b: Block): string[] => {
  if (b.kind === 'heading') return [b.text];
  if (b.kind === 'paragraph') return [b.inline.text];
  if (b.kind === 'list') return b.items.map((i) => i.text);
  return b.rows.flatMap((r) => r.cells.map((c) => c.text));
};

/** The goal an issue states: its summary, then its description's plain text (ADF), bounded. */
export function goalTextOf(summary: string, description: unknown): string {
  const body = description
    ? adfToBlocks(description)
        .blocks.flatMap(blockText)
        .filter((s) => s.trim())
    : [];
  return [summary, ...body].join('\n').slice(0, MAX_GOAL_CHARS);
}

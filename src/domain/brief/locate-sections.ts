import type { Block, Inline } from './blocks';
import { matchHeading, matchKey, type SectionField } from './labels';
import { rowSource, truncationProblem, type Candidate } from './reading';
import { mustGroup } from '../invariant';
import type { BriefNote } from './notes';
import { sentenceCandidates } from './prose-lines';

/** A line of prose outside the field sections, with the values its sentences may hold (for "not understood"). */
export interface ProseLine {
  text: string;
  /** The heading it sits under, if any. */
  under?: string;
  candidates: Candidate[];
}

/**
 * Finds where each field may be: sections under a recognised heading (until the next heading of the same or a
 * higher level, or another recognised heading), and, outside those sections, `key | value` table rows and
 * `Key: value` lines whose key names a field (e.g. the `Lancement public` row of a key dates table).
 */
export function locateCandidates(blocks: Block[]): { candidates: Candidate[]; notices: BriefNote[]; prose: ProseLine[] } {
  const candidates: Candidate[] = [];
  const notices: BriefNote[] = [];
  const prose: ProseLine[] = [];
  let under: string | undefined;
  let open: { field: SectionField; heading: string; level: number; blocks: Block[] } | undefined;
  const close = (): void => {
    if (open) candidates.push({ field: open.field, kind: 'section', heading: open.heading, blocks: open.blocks });
    open = undefined;
  };
  for (const block of blocks) {
    if (block.kind === 'heading') {
      under = block.text;
      const match = matchHeading(block.text);
      if (match) {
        close();
        open = { field: match.field, heading: block.text, level: block.level, blocks: [] };
        continue;
      }
      if (open && block.level <= open.level) close();
      else open?.blocks.push(block);
      continue;
    }
    if (open) {
      open.blocks.push(block);
      continue;
    }
    candidates.push(...entriesOf(block, notices, (line) => prose.push(under === undefined ? line : { ...line, under })));
  }
  close();
  return { candidates: [...candidates, ...prose.flatMap((p) => p.candidates)], notices, prose };
}

function entriesOf(block: Block, notices: BriefNote[], onProse: (line: ProseLine) => void): Candidate[] {
  if (block.kind === 'table') {
    const cut = truncationProblem('brief', block);
    if (cut) notices.push(cut);
    return block.rows.flatMap((r, i): Candidate[] => {
      const [key, value] = r.cells;
      if (r.header || !key || !value) return [];
      const match = matchKey(key.text);
      return match ? [{ field: match.field, kind: 'entry', inline: value, source: rowSource(block.caption, i + 1) }] : [];
    });
  }
  const inlines = block.kind === 'paragraph' ? [block.inline] : block.kind === 'list' ? block.items : [];
  return inlines.flatMap((inline) => lineEntries(inline, onProse));
}

/** `Date de lancement : 17 mars 2026` on its own line. */
function lineEntries(inline: Inline, onProse: (line: ProseLine) => void): Candidate[] {
  const lines = inline.text.split('\n');
  return lines.flatMap((line): Candidate[] => {
    const m = /^([^:]{1,60}?)\s*:\s*(.*)$/.exec(line);
    const match = m ? matchKey(mustGroup(m, 1)) : undefined;
    if (!m || !match) {
      // Not a labelled line: a sentence that may still state a value (kept apart, read only as a fallback).
      onProse({ text: line, candidates: sentenceCandidates(line, lines.length === 1 ? inline : { ...inline, dates: [] }) });
      return [];
    }
    const [key, text] = [mustGroup(m, 1), mustGroup(m, 2)];
    // Mentions and dates cannot be placed within a line; a one-line paragraph keeps them all.
    const value: Inline =
      lines.length === 1 ? { ...inline, text } : { text, mentions: [], dates: inline.dates.filter((d) => text.includes(d)) };
    if (!value.text && value.mentions.length === 0) return [];
    return [{ field: match.field, kind: 'entry', inline: value, source: { key: 'briefReading.srcLine', params: { label: key.trim() } } }];
  });
}

import type { Block } from './blocks';
import { failed, found, headingSource, rowsSource, truncationProblem, type Candidate, type Outcome } from './reading';
import { splitTable } from './tables';
import { inner, type BriefNote } from './notes';

const empty = (field: string, heading: string): BriefNote => ({ key: 'briefReading.sectionEmpty', params: { field, heading } });
const emptyAt = (field: string, source: BriefNote): BriefNote => ({
  key: 'briefReading.sourceEmpty',
  params: { field, ...inner('source', source) },
});

/** Objective, audience, channels and key messages: plain text, as the author wrote it. */

const stripBullet = (s: string): string =>
  s
    .replace(/^[\s•·\-–—*]+/, '')
    .replace(/[\s.;]+$/, '')
    .trim();

function proseLines(blocks: Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (b.kind === 'paragraph') return [b.inline.text];
    if (b.kind === 'list') return b.items.map((i) => `- ${i.text}`);
    if (b.kind === 'table')
      return b.rows.map((r) =>
        r.cells
          .map((c) => c.text)
          .filter(Boolean)
          .join(' | '),
      );
    return [b.text];
  });
}

/** Objective and audience: the section's text, list items as `- item`. */
export function readProse(candidate: Candidate): Outcome<string> {
  const field = candidate.field;
  if (candidate.kind === 'entry') {
    const text = candidate.inline.text.trim();
    return text ? found(text, candidate.source) : failed(emptyAt(field, candidate.source));
  }
  const text = proseLines(candidate.blocks)
    .filter((l) => l.trim())
    .join('\n');
  const cut = candidate.blocks.flatMap((b) => (b.kind === 'table' ? (truncationProblem(field, b) ?? []) : []));
  return text ? found(text, headingSource(candidate.heading), cut) : failed(empty(field, candidate.heading));
}

/**
 * Channels and key messages: one entry per list item; without a list, per table row (first column) or
 * per paragraph. Channels written in a line are split at `,` `;` `·`.
 */
export function readItems(candidate: Candidate): Outcome<string[]> {
  const field = candidate.field;
  const splitter = field === 'channels' ? /[,;·•\n]/ : /[;·•\n]/;
  if (candidate.kind === 'entry') {
    const items = candidate.inline.text.split(splitter).map(stripBullet).filter(Boolean);
    return items.length > 0 ? found(items, candidate.source) : failed(emptyAt(field, candidate.source));
  }
  const source = headingSource(candidate.heading);
  const lists = candidate.blocks.flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : []));
  if (lists.length > 0) return done(field, lists.map(stripBullet).filter(Boolean), source);
  const table = candidate.blocks.find((b) => b.kind === 'table');
  if (table?.kind === 'table') {
    const cut = truncationProblem(field, table);
    const body = splitTable(table, () => false)
      .body.map((r) => ({ text: stripBullet(r.cells[0]?.text ?? ''), row: r.row }))
      .filter((r) => r.text);
    return done(
      field,
      body.map((r) => r.text),
      rowsSource(
        table.caption,
        body.map((r) => r.row),
      ),
      cut ? [cut] : [],
    );
  }
  const paragraphs = candidate.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.inline.text] : []));
  const items = field === 'channels' ? paragraphs.flatMap((p) => p.split(splitter)) : paragraphs.flatMap((p) => p.split('\n'));
  return done(field, items.map(stripBullet).filter(Boolean), source);

  function done(f: string, values: string[], where: BriefNote, notices: BriefNote[] = []): Outcome<string[]> {
    return values.length > 0 ? found(values, where, notices) : failed(empty(f, candidate.kind === 'section' ? candidate.heading : ''));
  }
}

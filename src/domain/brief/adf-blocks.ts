import { z } from 'zod';
import { captionTables, emptyInline, joinInlines, tidyText, type Block, type BlockReading, type Inline, type TableRow } from './blocks';
import { MAX_NESTING, MAX_TABLE_ROWS } from './limits';
import { NoteSet } from './notes';
import { firstIssue } from '../zod-issues';

/**
 * An ADF document (Confluence `atlas_doc_format`) → the same text blocks as the storage reader, so both
 * formats go through one section logic. Each node is checked with zod as it is visited (not as one recursive
 * schema, which a hostile, deeply nested document could overflow).
 */

const AdfNode = z
  .object({
    type: z.string(),
    text: z.string().optional(),
    attrs: z.record(z.unknown()).optional(),
    content: z.array(z.unknown()).optional(),
  })
  .passthrough();
type AdfNode = z.infer<typeof AdfNode>;

const LIST_TYPES = new Set(['bulletList', 'orderedList', 'taskList', 'decisionList']);
const CONTAINER_TYPES = new Set([
  'doc',
  'panel',
  'blockquote',
  'expand',
  'nestedExpand',
  'layoutSection',
  'layoutColumn',
  'bodiedExtension',
  'extensionFrame',
  'multiBodiedExtension',
]);

class AdfReader {
  readonly notices = new NoteSet();

  node(raw: unknown, path: string): AdfNode | undefined {
    const parsed = AdfNode.safeParse(raw);
    if (parsed.success) return parsed.data;
    const issue = firstIssue(parsed.error);
    this.notices.add({ key: 'briefReading.adfInvalid', params: { field: 'brief', path: [path, ...issue.path].join('.') } });
    return undefined;
  }

  children(n: AdfNode, path: string): AdfNode[] {
    return (n.content ?? []).flatMap((c, i) => this.node(c, `${path}.content.${i}`) ?? []);
  }

  tooDeep(depth: number): boolean {
    if (depth <= MAX_NESTING) return false;
    this.notices.add({ key: 'briefReading.tooDeep', params: { field: 'brief', levels: MAX_NESTING } });
    return true;
  }

  inline(n: AdfNode, path: string, depth: number): Inline {
    if (this.tooDeep(depth)) return emptyInline();
    switch (n.type) {
      case 'text':
        return { ...emptyInline(), text: n.text ?? '' };
      case 'hardBreak':
        return { ...emptyInline(), text: '\n' };
      case 'mention': {
        const id = n.attrs?.id;
        return typeof id === 'string' && id ? { text: '', mentions: [id], dates: [] } : emptyInline();
      }
      case 'date': {
        const ms = Number(n.attrs?.timestamp);
        if (!Number.isFinite(ms)) return emptyInline();
        const iso = new Date(ms).toISOString().slice(0, 10);
        return { text: iso, mentions: [], dates: [iso] };
      }
      case 'status':
        return { ...emptyInline(), text: typeof n.attrs?.text === 'string' ? n.attrs.text : '' };
      case 'codeBlock':
      case 'emoji':
      case 'media':
      case 'mediaSingle':
      case 'mediaGroup':
      case 'extension':
      case 'inlineExtension':
        return emptyInline();
      default: {
        const parts = this.children(n, path).map((c, i) => this.inline(c, `${path}.content.${i}`, depth + 1));
        const joined = {
          text: parts.map((p) => p.text).join(''),
          mentions: parts.flatMap((p) => p.mentions),
          dates: parts.flatMap((p) => p.dates),
        };
        const isBlock = n.type === 'paragraph' || n.type === 'heading' || n.type === 'listItem' || n.type === 'taskItem';
        return isBlock ? { ...joined, text: `\n${joined.text}\n` } : joined;
      }
    }
  }

  blocks(n: AdfNode, path: string, depth: number, out: Block[]): void {
    if (this.tooDeep(depth)) return;
    this.children(n, path).forEach((c, i) => {
      const at = `${path}.content.${i}`;
      if (c.type === 'heading') {
        const text = tidyText(this.inline(c, at, depth + 1).text).replace(/\n/g, ' ');
        const level = Number(c.attrs?.level);
        if (text) out.push({ kind: 'heading', level: Number.isInteger(level) && level >= 1 && level <= 6 ? level : 6, text });
      } else if (c.type === 'paragraph') {
        const inline = joinInlines([this.inline(c, at, depth + 1)]);
        if (inline.text || inline.mentions.length > 0) out.push({ kind: 'paragraph', inline });
      } else if (LIST_TYPES.has(c.type)) {
        const items = this.listItems(c, at, depth + 1);
        if (items.length > 0) out.push({ kind: 'list', items });
      } else if (c.type === 'table') out.push(this.table(c, at, depth + 1));
      else if (CONTAINER_TYPES.has(c.type)) {
        // An expand's title reads as a small heading over what it folds, as in the storage reader.
        const title =
          (c.type === 'expand' || c.type === 'nestedExpand') && typeof c.attrs?.title === 'string' ? tidyText(c.attrs.title) : '';
        if (title) out.push({ kind: 'heading', level: 6, text: title.replace(/\n/g, ' ') });
        this.blocks(c, at, depth + 1, out);
      }
    });
  }

  private listItems(list: AdfNode, path: string, depth: number): Inline[] {
    if (this.tooDeep(depth)) return [];
    const items: Inline[] = [];
    this.children(list, path).forEach((li, i) => {
      const at = `${path}.content.${i}`;
      const parts = this.children(li, at);
      const own = parts.filter((p) => !LIST_TYPES.has(p.type));
      const inline = joinInlines(
        li.type === 'taskItem' || li.type === 'decisionItem'
          ? [this.inline(li, at, depth + 1)]
          : own.map((p, j) => this.inline(p, `${at}.content.${j}`, depth + 1)),
      );
      if (inline.text || inline.mentions.length > 0) items.push(inline);
      for (const nested of parts.filter((p) => LIST_TYPES.has(p.type))) items.push(...this.listItems(nested, at, depth + 1));
    });
    return items;
  }

  private table(table: AdfNode, path: string, depth: number): Block {
    const trs = this.children(table, path).filter((r) => r.type === 'tableRow');
    const rows: TableRow[] = trs.slice(0, MAX_TABLE_ROWS).map((tr, i) => {
      const cells = this.children(tr, `${path}.content.${i}`).filter((c) => c.type === 'tableCell' || c.type === 'tableHeader');
      return {
        cells: cells.map((c, j) => joinInlines([this.inline(c, `${path}.content.${i}.content.${j}`, depth + 1)])),
        header: cells.length > 0 && cells.every((c) => c.type === 'tableHeader'),
      };
    });
    return { kind: 'table', rows, totalRows: trs.length, caption: '' };
  }
}

export function adfToBlocks(adf: unknown): BlockReading {
  const reader = new AdfReader();
  const doc = reader.node(adf, 'adf');
  if (!doc || doc.type !== 'doc') return { blocks: [], notices: [{ key: 'briefReading.notAdfDocument', params: { field: 'brief' } }] };
  const blocks: Block[] = [];
  reader.blocks(doc, 'adf', 0, blocks);
  return { blocks: captionTables(blocks), notices: reader.notices.values() };
}

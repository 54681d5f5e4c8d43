import { DomUtils, parseDocument } from 'htmlparser2';
import { captionTables, emptyInline, joinInlines, tidyText, type Block, type BlockReading, type Inline, type TableRow } from './blocks';
import { MAX_NESTING, MAX_TABLE_ROWS } from './limits';
import { NoteSet } from './notes';
import { mustGroup } from '../invariant';

/**
 * Confluence storage format (XHTML with `ac:`/`ri:` elements) → text blocks. Same structure rules as
 * local/confluence/storage-to-adf.ts; only text, mentions and dates are kept, so no markup, attribute or link
 * target can reach a value. Active content (scripts, styles, frames, handlers, `javascript:` links) is skipped
 * and reported.
 */

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<DomNode, { attribs: Record<string, string> }>;

const ACTIVE_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'template',
  'svg',
  'math',
]);
/** Elements whose text is not prose (macro parameters, code bodies, form controls). */
const SILENT_TAGS = new Set([
  'ac:parameter',
  'ac:plain-text-body',
  'ac:emoticon',
  'ac:image',
  'ri:attachment',
  'head',
  'meta',
  'link',
  'base',
  'input',
  'button',
  'select',
  'textarea',
]);
const LIST_TAGS = new Set(['ul', 'ol', 'ac:task-list']);
const CONTAINER_TAGS = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'body',
  'html',
  'center',
  'ac:structured-macro',
  'ac:rich-text-body',
  'ac:layout',
  'ac:layout-section',
  'ac:layout-cell',
  'ac:adf-extension',
  'ac:adf-content',
]);
const HEADING = /^h([1-6])$/;

class Reader {
  readonly notices = new NoteSet();

  noteActive(el: Element): void {
    this.notices.add({ key: 'briefReading.activeContent', params: { field: 'brief', tag: el.name } });
  }

  /** Event handlers and script links are never followed; they are only reported. */
  checkAttributes(el: Element): void {
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) this.notices.add({ key: 'briefReading.eventHandler', params: { field: 'brief', attr: name, tag: el.name } });
      const scheme = /^\s*(javascript|vbscript|data):/i.exec(value);
      if (scheme)
        this.notices.add({
          key: 'briefReading.unsafeLink',
          params: { field: 'brief', scheme: mustGroup(scheme, 1).toLowerCase(), tag: el.name },
        });
    }
  }

  tooDeep(depth: number): boolean {
    if (depth <= MAX_NESTING) return false;
    this.notices.add({ key: 'briefReading.tooDeep', params: { field: 'brief', levels: MAX_NESTING } });
    return true;
  }

  inline(nodes: DomNode[], depth: number): Inline {
    const parts: Inline[] = [];
    for (const n of nodes) parts.push(this.inlineNode(n, depth));
    return { text: parts.map((p) => p.text).join(''), mentions: parts.flatMap((p) => p.mentions), dates: parts.flatMap((p) => p.dates) };
  }

  private inlineNode(n: DomNode, depth: number): Inline {
    if (DomUtils.isText(n)) return { ...emptyInline(), text: n.data };
    if (DomUtils.isCDATA(n)) return this.inline(n.children, depth + 1);
    if (!DomUtils.isTag(n) || this.tooDeep(depth)) return emptyInline();
    this.checkAttributes(n);
    if (ACTIVE_TAGS.has(n.name)) {
      this.noteActive(n);
      return emptyInline();
    }
    if (SILENT_TAGS.has(n.name)) return emptyInline();
    if (n.name === 'br') return { ...emptyInline(), text: '\n' };
    if (n.name === 'time') {
      const iso = n.attribs.datetime ?? '';
      return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? { text: iso, mentions: [], dates: [iso] } : this.inline(n.children, depth + 1);
    }
    if (n.name === 'ac:link') return this.link(n, depth);
    // The status lozenge (`DRAFT`, `EN COURS`) shows its title, which is a parameter.
    if (n.name === 'ac:structured-macro' && n.attribs['ac:name'] === 'status')
      return { ...emptyInline(), text: macroParameter(n, 'title') };
    const inner = this.inline(n.children, depth + 1);
    // Block elements inside a cell or list item still separate lines.
    const isBlock = HEADING.test(n.name) || ['p', 'li', 'tr', 'div', 'ul', 'ol', 'table', 'blockquote'].includes(n.name);
    return isBlock
      ? { ...inner, text: `\n${inner.text}\n` }
      : n.name === 'td' || n.name === 'th'
        ? { ...inner, text: ` ${inner.text} ` }
        : inner;
  }

  /** `<ac:link><ri:user ri:account-id=".."/></ac:link>` is a mention; page links keep their visible text. */
  private link(link: Element, depth: number): Inline {
    const children = link.children.filter(DomUtils.isTag);
    const user = children.find((c) => c.name === 'ri:user');
    const accountId = user?.attribs['ri:account-id'];
    if (accountId) return { text: '', mentions: [accountId], dates: [] };
    const body = children.find((c) => c.name === 'ac:plain-text-link-body' || c.name === 'ac:link-body');
    if (body) return this.inline(body.children, depth + 1);
    const page = children.find((c) => c.name === 'ri:page');
    return { ...emptyInline(), text: page?.attribs['ri:content-title'] ?? '' };
  }

  blocks(nodes: DomNode[], depth: number, out: Block[]): void {
    let run: DomNode[] = [];
    const flush = (): void => {
      const inline = tidy(this.inline(run, depth));
      if (inline.text || inline.mentions.length > 0) out.push({ kind: 'paragraph', inline });
      run = [];
    };
    for (const n of nodes) {
      if (!DomUtils.isTag(n)) {
        run.push(n);
        continue;
      }
      if (this.tooDeep(depth)) break;
      this.checkAttributes(n);
      const heading = HEADING.exec(n.name);
      if (ACTIVE_TAGS.has(n.name)) this.noteActive(n);
      else if (SILENT_TAGS.has(n.name)) continue;
      else if (heading) {
        flush();
        const text = tidyText(this.inline(n.children, depth + 1).text).replace(/\n/g, ' ');
        if (text) out.push({ kind: 'heading', level: Number(heading[1]), text });
      } else if (n.name === 'p') {
        flush();
        run = n.children;
        flush();
      } else if (LIST_TAGS.has(n.name)) {
        flush();
        const items = this.listItems(n, depth + 1);
        if (items.length > 0) out.push({ kind: 'list', items });
      } else if (n.name === 'table') {
        flush();
        out.push(this.table(n, depth + 1));
      } else if (n.name === 'ac:structured-macro' && n.attribs['ac:name'] === 'status') run.push(n);
      else if (CONTAINER_TAGS.has(n.name) || n.name === 'tbody' || n.name === 'thead') {
        flush();
        // An expand macro's title reads as a small heading over what it folds (`Budget details`).
        const title = n.name === 'ac:structured-macro' && n.attribs['ac:name'] === 'expand' ? macroParameter(n, 'title') : '';
        if (title) out.push({ kind: 'heading', level: 6, text: title });
        this.blocks(n.children, depth + 1, out);
      } else run.push(n);
    }
    flush();
  }

  /** Each item's own text; nested lists become further items (channels, messages are flat lists). */
  private listItems(list: Element, depth: number): Inline[] {
    if (this.tooDeep(depth)) return [];
    const items: Inline[] = [];
    for (const li of list.children.filter(DomUtils.isTag)) {
      if (li.name !== 'li' && li.name !== 'ac:task') continue;
      const own = li.children.filter((c) => !(DomUtils.isTag(c) && LIST_TAGS.has(c.name)));
      const inline = tidy(this.inline(own, depth + 1));
      if (inline.text || inline.mentions.length > 0) items.push(inline);
      for (const nested of li.children.filter(DomUtils.isTag).filter((c) => LIST_TAGS.has(c.name)))
        items.push(...this.listItems(nested, depth + 1));
    }
    return items;
  }

  private table(table: Element, depth: number): Block {
    const trs = table.children
      .filter(DomUtils.isTag)
      .flatMap((c) =>
        c.name === 'tr'
          ? [c]
          : ['thead', 'tbody', 'tfoot'].includes(c.name)
            ? c.children.filter(DomUtils.isTag).filter((r) => r.name === 'tr')
            : [],
      );
    const rows: TableRow[] = trs.slice(0, MAX_TABLE_ROWS).map((tr) => {
      const cells = tr.children.filter(DomUtils.isTag).filter((c) => c.name === 'td' || c.name === 'th');
      return {
        cells: cells.map((c) => tidy(this.inline(c.children, depth + 1))),
        header: cells.length > 0 && cells.every((c) => c.name === 'th'),
      };
    });
    return { kind: 'table', rows, totalRows: trs.length, caption: '' };
  }
}

const tidy = (inline: Inline): Inline => joinInlines([inline]);

/** The text of a macro's `<ac:parameter ac:name="…">`, tidied to one line. */
function macroParameter(macro: Element, name: string): string {
  const param = macro.children.filter(DomUtils.isTag).find((c) => c.name === 'ac:parameter' && c.attribs['ac:name'] === name);
  return param ? tidyText(DomUtils.textContent(param)).replace(/\n/g, ' ') : '';
}

export function storageToBlocks(storage: string): BlockReading {
  const dom = parseDocument(storage, { xmlMode: false, recognizeSelfClosing: true, recognizeCDATA: true, decodeEntities: true });
  const reader = new Reader();
  const blocks: Block[] = [];
  reader.blocks(dom.children, 0, blocks);
  return { blocks: captionTables(blocks), notices: reader.notices.values() };
}

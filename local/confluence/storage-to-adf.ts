import { DomUtils, parseDocument } from 'htmlparser2';
import { forgeMacroAdf, forgeMacroOf } from './forge-macros';

/**
 * Converts Confluence storage format (XHTML with `ac:`/`ri:` elements) into an ADF document, as Confluence does for
 * `body-format=atlas_doc_format`. It covers what campaign briefs use: paragraphs, headings, lists, tables,
 * strong/em/underline/strike/code, links, line breaks, rules, quotes, info/note/warning/tip panels, code macros,
 * dates and user mentions. Anything else keeps its text so no content silently disappears.
 */

type SimpleMarkType = 'strong' | 'em' | 'underline' | 'strike' | 'code';
export type AdfMark = { type: SimpleMarkType } | { type: 'link'; attrs: { href: string } };

export interface AdfNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: AdfNode[];
  text?: string;
  marks?: AdfMark[];
}

export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<DomNode, { attribs: Record<string, string> }>;

/** Where blocks land: ADF allows different children in each container. */
type Container = 'doc' | 'cell' | 'listItem' | 'blockquote' | 'panel';

const MARK_TAGS: Record<string, SimpleMarkType | undefined> = {
  strong: 'strong',
  b: 'strong',
  em: 'em',
  i: 'em',
  u: 'underline',
  s: 'strike',
  del: 'strike',
  strike: 'strike',
  code: 'code',
};

const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'blockquote',
  'pre',
  'hr',
  'div',
  'section',
  'ac:structured-macro',
  'ac:adf-extension',
  'ac:layout',
  'ac:layout-section',
  'ac:layout-cell',
  'ac:task-list',
  'tbody',
  'thead',
]);

const PANEL_MACROS = new Set(['info', 'note', 'warning', 'tip', 'panel']);

const isElement = (n: DomNode): n is Element => DomUtils.isTag(n);
const childElements = (el: Element): Element[] => el.children.filter(isElement);
const textOf = (n: DomNode): string => DomUtils.textContent(n);

function macroParameter(macro: Element, name: string): string | undefined {
  const param = childElements(macro).find((c) => c.name === 'ac:parameter' && c.attribs['ac:name'] === name);
  return param ? textOf(param) : undefined;
}

function isBlock(n: DomNode): boolean {
  return isElement(n) && BLOCK_TAGS.has(n.name);
}

// ---------- inline ----------

function withMark(marks: AdfMark[], mark: AdfMark): AdfMark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

/** ADF lets `code` combine only with `link`. */
function legalMarks(marks: AdfMark[]): AdfMark[] {
  return marks.some((m) => m.type === 'code') ? marks.filter((m) => m.type === 'code' || m.type === 'link') : marks;
}

function textNode(text: string, marks: AdfMark[]): AdfNode {
  const legal = legalMarks(marks);
  return legal.length > 0 ? { type: 'text', text, marks: legal } : { type: 'text', text };
}

function inlineNodes(nodes: DomNode[], marks: AdfMark[]): AdfNode[] {
  const out: AdfNode[] = [];
  for (const n of nodes) {
    if (DomUtils.isText(n)) {
      const text = n.data.replace(/\s+/g, ' ');
      if (text) out.push(textNode(text, marks));
      continue;
    }
    if (DomUtils.isCDATA(n)) {
      out.push(...inlineNodes(n.children, marks));
      continue;
    }
    if (!isElement(n)) continue;
    const mark = MARK_TAGS[n.name];
    if (mark) out.push(...inlineNodes(n.children, withMark(marks, { type: mark })));
    else if (n.name === 'a') {
      const href = n.attribs.href;
      out.push(...inlineNodes(n.children, href ? withMark(marks, { type: 'link', attrs: { href } }) : marks));
    } else if (n.name === 'br') out.push({ type: 'hardBreak' });
    else if (n.name === 'time' && n.attribs.datetime) {
      const ms = Date.parse(`${n.attribs.datetime}T00:00:00Z`);
      out.push(Number.isNaN(ms) ? textNode(n.attribs.datetime, marks) : { type: 'date', attrs: { timestamp: String(ms) } });
    } else if (n.name === 'ac:link') out.push(...linkMacro(n, marks));
    else if (n.name === 'ac:emoticon' || n.name === 'ac:parameter') continue;
    else out.push(...inlineNodes(n.children, marks));
  }
  return out;
}

/** `<ac:link><ri:user ri:account-id=".."/></ac:link>` is a mention; page links keep their visible text. */
function linkMacro(link: Element, marks: AdfMark[]): AdfNode[] {
  const user = childElements(link).find((c) => c.name === 'ri:user');
  if (user?.attribs['ri:account-id']) return [{ type: 'mention', attrs: { id: user.attribs['ri:account-id'] } }];
  const body = childElements(link).find((c) => c.name === 'ac:plain-text-link-body' || c.name === 'ac:link-body');
  const page = childElements(link).find((c) => c.name === 'ri:page');
  const label = (body ? textOf(body) : page?.attribs['ri:content-title']) ?? '';
  return label.trim() ? [textNode(label, marks)] : [];
}

/** Trims the edges of a run of inline nodes and drops texts that became empty (ADF text must not be empty). */
function tidyInline(nodes: AdfNode[]): AdfNode[] {
  const out = nodes.map((n) => ({ ...n }));
  const first = out[0];
  if (first?.type === 'text' && first.text) first.text = first.text.replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last?.type === 'text' && last.text) last.text = last.text.replace(/\s+$/, '');
  return out.filter((n) => n.type !== 'text' || (n.text ?? '').length > 0);
}

function paragraph(nodes: DomNode[]): AdfNode | undefined {
  const content = tidyInline(inlineNodes(nodes, []));
  return content.length > 0 ? { type: 'paragraph', content } : undefined;
}

// ---------- blocks ----------

function blocks(nodes: DomNode[], where: Container): AdfNode[] {
  const out: AdfNode[] = [];
  let run: DomNode[] = [];
  const flush = (): void => {
    const p = paragraph(run);
    if (p) out.push(p);
    run = [];
  };
  for (const n of nodes) {
    if (isBlock(n) && isElement(n)) {
      flush();
      out.push(...block(n, where));
    } else run.push(n);
  }
  flush();
  return out;
}

function block(el: Element, where: Container): AdfNode[] {
  const heading = /^h([1-6])$/.exec(el.name);
  if (heading) {
    const content = tidyInline(inlineNodes(el.children, []));
    // Headings are not allowed in list items, quotes or cells' paragraphs-only spots: keep them as bold paragraphs.
    if (where === 'listItem' || where === 'blockquote') {
      return [{ type: 'paragraph', content: tidyInline(inlineNodes(el.children, [{ type: 'strong' }])) }];
    }
    return [{ type: 'heading', attrs: { level: Number(heading[1]) }, content }];
  }
  switch (el.name) {
    case 'p': {
      const content = tidyInline(inlineNodes(el.children, []));
      return [content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' }];
    }
    case 'ul':
    case 'ac:task-list':
      return list('bulletList', el);
    case 'ol':
      return list('orderedList', el);
    case 'table':
      return where === 'cell' ? blocks(el.children, 'cell') : table(el);
    case 'blockquote': {
      const content = blocks(el.children, 'blockquote');
      return content.length > 0 ? [{ type: 'blockquote', content }] : [];
    }
    case 'pre':
      return [codeBlock(textOf(el), undefined)];
    case 'hr':
      return where === 'listItem' || where === 'blockquote' ? [] : [{ type: 'rule' }];
    case 'ac:structured-macro':
      return macro(el, where);
    case 'ac:adf-extension': {
      // A Forge app's macro becomes its ADF extension node; another extension keeps its fallback's text.
      const forge = where === 'doc' ? forgeMacroOf(el) : undefined;
      if (forge) return [forgeMacroAdf(forge)];
      const fallback = childElements(el).find((c) => c.name === 'ac:adf-fallback');
      return fallback ? blocks(fallback.children, where) : [];
    }
    default:
      // div, section, tbody/thead outside a table, layouts: their content counts, not the wrapper.
      return blocks(el.children, where);
  }
}

function list(type: 'bulletList' | 'orderedList', el: Element): AdfNode[] {
  const items = childElements(el)
    .filter((c) => c.name === 'li' || c.name === 'ac:task')
    .map((li): AdfNode => {
      const source = li.name === 'ac:task' ? childElements(li).filter((c) => c.name === 'ac:task-body') : [li];
      const content = source.flatMap((s) => blocks(s.children, 'listItem'));
      // ADF list items hold at least one node and start with a paragraph.
      if (content[0]?.type !== 'paragraph') content.unshift({ type: 'paragraph' });
      return { type: 'listItem', content };
    });
  if (items.length === 0) return [];
  return [type === 'orderedList' ? { type, attrs: { order: 1 }, content: items } : { type, content: items }];
}

function table(el: Element): AdfNode[] {
  const rowElements = childElements(el).flatMap((c) => (c.name === 'tr' ? [c] : childElements(c).filter((r) => r.name === 'tr')));
  const rows = rowElements
    .map((tr): AdfNode => ({
      type: 'tableRow',
      content: childElements(tr)
        .filter((c) => c.name === 'td' || c.name === 'th')
        .map((cell): AdfNode => {
          const content = blocks(cell.children, 'cell');
          return {
            type: cell.name === 'th' ? 'tableHeader' : 'tableCell',
            attrs: {},
            content: content.length > 0 ? content : [{ type: 'paragraph' }],
          };
        }),
    }))
    .filter((row) => (row.content ?? []).length > 0);
  return rows.length > 0 ? [{ type: 'table', attrs: { isNumberColumnEnabled: false, layout: 'default' }, content: rows }] : [];
}

function codeBlock(code: string, language: string | undefined): AdfNode {
  const content = code.length > 0 ? [{ type: 'text', text: code }] : [];
  return { type: 'codeBlock', ...(language ? { attrs: { language } } : {}), content };
}

function macro(el: Element, where: Container): AdfNode[] {
  const name = el.attribs['ac:name'] ?? '';
  const rich = childElements(el).find((c) => c.name === 'ac:rich-text-body');
  const plain = childElements(el).find((c) => c.name === 'ac:plain-text-body');
  if (name === 'code' || name === 'noformat') return [codeBlock(plain ? textOf(plain) : '', macroParameter(el, 'language'))];
  const inner = rich ? blocks(rich.children, where === 'doc' ? 'panel' : where) : [];
  if (PANEL_MACROS.has(name) && where === 'doc' && inner.length > 0) {
    const panelType = name === 'panel' ? 'info' : name;
    return [{ type: 'panel', attrs: { panelType }, content: inner }];
  }
  return inner;
}

export function storageToAdf(storage: string): AdfDoc {
  const dom = parseDocument(storage, { recognizeSelfClosing: true, recognizeCDATA: true, decodeEntities: true });
  return { type: 'doc', version: 1, content: blocks(dom.children, 'doc') };
}

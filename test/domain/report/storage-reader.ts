import { must } from '../../support/must';
import { DOMParser, type Document, type Element, type Node } from '@xmldom/xmldom';

/** Confluence's storage-format namespaces, declared the way Confluence's own XHTML tooling does. */
const AC = 'http://atlassian.com/content';
const RI = 'http://atlassian.com/resource/identifier';

/** The storage-format elements the report is allowed to use. */
export const ALLOWED_ELEMENTS = new Set([
  'p',
  'em',
  'strong',
  'h1',
  'h2',
  'h3',
  'ul',
  'li',
  'table',
  'tbody',
  'tr',
  'th',
  'td',
  'ac:structured-macro',
  'ac:parameter',
]);

/** Parses a storage-format body with a strict, namespace-aware XML parser; throws on anything not well-formed. */
export function parseStorage(storage: string): Element {
  const parser = new DOMParser({
    onError: (level: string, message: string) => {
      throw new Error(`storage format is not well-formed XML (${level}): ${message}`);
    },
  });
  const doc: Document = parser.parseFromString(`<root xmlns:ac="${AC}" xmlns:ri="${RI}">${storage}</root>`, 'text/xml');
  const root = doc.documentElement;
  if (!root) throw new Error('no document element');
  return root;
}

export function elements(root: Element): Element[] {
  return Array.from<Element>(root.getElementsByTagName('*'));
}

/** What a reader sees: a status lozenge reads as its title, other macro parameters are not shown. */
function visibleText(node: Node): string {
  if (node.nodeType === 3) return node.nodeValue ?? '';
  if (node.nodeType !== 1) return '';
  const e = node as Element;
  if (e.tagName === 'ac:structured-macro') {
    const title = Array.from<Element>(e.getElementsByTagName('ac:parameter')).find((p) => p.getAttribute('ac:name') === 'title');
    return title?.textContent ?? '';
  }
  return Array.from<Node>(e.childNodes)
    .map(visibleText)
    .join(e.tagName === 'li' ? ' ' : '');
}

export const text = (e: Element): string => visibleText(e).trim();

/** The `h2`/`h3` with this text, and the first table after it (before the next heading of any level). */
export function tableAfter(root: Element, heading: string): Element {
  const all = elements(root);
  const start = all.findIndex((e) => /^h[1-3]$/.test(e.tagName) && text(e) === heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const next = all.slice(start + 1).find((e) => e.tagName === 'table' || /^h[1-3]$/.test(e.tagName));
  if (!next || next.tagName !== 'table') throw new Error(`no table under "${heading}"`);
  return next;
}

/** A table's rows as cell texts (header row included). */
export function rowsOf(table: Element): string[][] {
  return Array.from<Element>(table.getElementsByTagName('tr')).map((tr) =>
    Array.from<Node>(tr.childNodes)
      .filter((n): n is Element => n.nodeType === 1)
      .map(text),
  );
}

/** A table's body rows as objects keyed by the header row's texts. */
export function recordsOf(table: Element): Record<string, string | undefined>[] {
  const [head, ...rows] = rowsOf(table);
  return rows.map((r) => Object.fromEntries(must(head, 'a header row').map((h, i) => [h, r[i]])));
}

/** In a two-column key-figures table under `heading`: the value next to `label`. */
export function figure(root: Element, heading: string, label: string): string {
  const row = rowsOf(tableAfter(root, heading)).find((r) => r[0] === label);
  if (!row) throw new Error(`no figure "${label}" under "${heading}"`);
  return must(row[1], `a value next to "${label}"`);
}

/** Reads a number written by Intl for `locale` back ("12 345,60 €" in fr-FR → 12345.6), with its separators. */
export function readNumber(textValue: string, locale: string): number {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const cleaned = textValue
    .split(group)
    .join('')
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(decimal, '.')
    .replace(/[^0-9.+\-−]/g, '')
    .replace('−', '-');
  const n = Number(cleaned);
  if (cleaned === '' || Number.isNaN(n)) throw new Error(`not a number: "${textValue}"`);
  return n;
}

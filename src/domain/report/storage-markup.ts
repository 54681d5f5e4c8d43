import { escapeUTF8 } from 'entities';

/**
 * A tiny tree of Confluence storage-format (XHTML) elements, rendered with every text and attribute escaped, so
 * nothing people typed (names, reasons) can break the page's markup.
 */
export type Markup = { tag: string; attrs: Readonly<Record<string, string>>; children: readonly Markup[] } | { text: string };
export type Child = Markup | string | null | undefined | false;

const NAME = /^(ac:|ri:)?[a-z][a-z0-9-]*$/;

export function el(tag: string, attrs: Readonly<Record<string, string>> = {}, ...children: Child[]): Markup {
  if (!NAME.test(tag)) throw new Error(`not a storage-format element name: ${tag}`);
  for (const name of Object.keys(attrs)) if (!NAME.test(name)) throw new Error(`not a storage-format attribute name: ${name}`);
  return {
    tag,
    attrs,
    children: children
      .filter((c): c is Markup | string => c !== null && c !== undefined && c !== false)
      .map((c) => (typeof c === 'string' ? { text: c } : c)),
  };
}

/** Element without attributes: `h('p', 'text', h('strong', 'bold'))`. */
export const h = (tag: string, ...children: Child[]): Markup => el(tag, {}, ...children);

/** Characters XML 1.0 does not allow at all (even escaped) are dropped. */
const xmlSafe = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

export function render(nodes: readonly Markup[]): string {
  return nodes.map(renderOne).join('');
}

function renderOne(node: Markup): string {
  if ('text' in node) return escapeUTF8(xmlSafe(node.text));
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeUTF8(xmlSafe(v))}"`)
    .join('');
  return node.children.length === 0 ? `<${node.tag}${attrs} />` : `<${node.tag}${attrs}>${render(node.children)}</${node.tag}>`;
}

export type LozengeColour = 'Grey' | 'Red' | 'Yellow' | 'Green' | 'Blue' | 'Purple';

/** Confluence's status macro: a coloured lozenge with a short title. */
export const statusLozenge = (title: string, colour: LozengeColour): Markup =>
  el(
    'ac:structured-macro',
    { 'ac:name': 'status' },
    el('ac:parameter', { 'ac:name': 'colour' }, colour),
    el('ac:parameter', { 'ac:name': 'title' }, title),
  );

/** A table cell's content: one child, or several side by side (text then a list). */
export type Cell = Child | readonly Child[];

/** A table with a header row and body rows; cells are text or markup. */
export function table(head: readonly string[], rows: readonly (readonly Cell[])[]): Markup {
  const td = (c: Cell): Markup => (Array.isArray(c) ? h('td', ...(c as readonly Child[])) : h('td', c as Child));
  return h('table', h('tbody', h('tr', ...head.map((c) => h('th', c))), ...rows.map((r) => h('tr', ...r.map(td)))));
}

/** Two-column key figures: each row is a `th` label and a `td` value (tests and readers find values by label). */
export function figures(rows: readonly (readonly [string, Child])[]): Markup {
  return h('table', h('tbody', ...rows.map(([label, value]) => h('tr', h('th', label), h('td', value)))));
}

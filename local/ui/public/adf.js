// Renders Atlassian Document Format to DOM nodes: the subset Jira descriptions and comments commonly use.
import { el } from './common.js';

const MARKS = { strong: 'strong', em: 'em', code: 'code', strike: 's', underline: 'u', subsup: 'sub' };

function text(node) {
  let out = document.createTextNode(node.text || '');
  for (const mark of node.marks || []) {
    if (mark.type === 'link' && mark.attrs && /^(https?:|mailto:|\/)/.test(mark.attrs.href || '')) {
      out = el('a', { href: mark.attrs.href, target: '_blank', rel: 'noopener noreferrer' }, out);
    } else if (mark.type === 'subsup') {
      out = el(mark.attrs && mark.attrs.type === 'sup' ? 'sup' : 'sub', {}, out);
    } else if (MARKS[mark.type]) {
      out = el(MARKS[mark.type], {}, out);
    }
  }
  return out;
}

const children = (node) => (node.content || []).map(render).filter(Boolean);

// How the page being rendered shows an `extension` node (a Confluence page view renders the app's macros).
let extensionRenderer = null;

function render(node) {
  if (!node || typeof node !== 'object') return null;
  const a = node.attrs || {};
  switch (node.type) {
    case 'doc':
      return el('div', { class: 'adf' }, children(node));
    case 'paragraph':
      return el('p', {}, children(node));
    case 'heading':
      // One level down: the issue summary is the page's h1.
      return el(`h${Math.min(6, Math.max(1, Number(a.level) || 1) + 1)}`, {}, children(node));
    case 'bulletList':
      return el('ul', {}, children(node));
    case 'orderedList':
      return el('ol', a.order ? { start: a.order } : {}, children(node));
    case 'listItem':
      return el('li', {}, children(node));
    case 'blockquote':
      return el('blockquote', {}, children(node));
    case 'codeBlock':
      return el('pre', {}, el('code', {}, (node.content || []).map((t) => t.text || '').join('')));
    case 'rule':
      return el('hr');
    case 'panel':
      return el('div', { class: `adf-panel adf-panel--${a.panelType || 'info'}` }, children(node));
    case 'hardBreak':
      return el('br');
    case 'text':
      return text(node);
    case 'mention':
      return el('span', { class: 'adf-mention' }, a.text || '@someone');
    case 'emoji':
      return document.createTextNode(a.text || a.shortName || '');
    case 'status':
      return el('span', { class: 'lozenge lozenge--todo' }, a.text || '');
    case 'date':
      return document.createTextNode(new Date(Number(a.timestamp)).toLocaleDateString());
    case 'extension':
    case 'bodiedExtension':
      return extensionRenderer ? extensionRenderer(node) : null;
    case 'table':
      return el('table', { class: 'adf-table' }, el('tbody', {}, children(node)));
    case 'tableRow':
      return el('tr', {}, children(node));
    case 'tableHeader':
      return el('th', {}, children(node));
    case 'tableCell':
      return el('td', {}, children(node));
    case 'inlineCard':
    case 'blockCard':
      return a.url ? el('a', { href: a.url, target: '_blank', rel: 'noopener noreferrer' }, a.url) : null;
    default:
      // Unknown containers still show their text; unknown leaves are dropped.
      return node.content ? el('div', {}, children(node)) : null;
  }
}

/** `options.extension(node)` renders extension nodes (macros); without it they are left out. */
export function renderAdf(doc, options = {}) {
  if (!doc) return null;
  if (typeof doc === 'string') return el('p', {}, doc);
  extensionRenderer = options.extension || null;
  try {
    return render(doc);
  } finally {
    extensionRenderer = null;
  }
}

/** Minimal Atlassian Document Format helpers: shape check, plain text, and HTML for `renderedBody`. */
import { valueText } from '../../../shared/value-text';

export interface AdfNode {
  type: string;
  text?: string;
  content?: AdfNode[];
  attrs?: Record<string, unknown>;
  marks?: unknown[];
}

export interface AdfDoc extends AdfNode {
  type: 'doc';
  version: 1;
  content: AdfNode[];
}

function isNode(v: unknown): v is AdfNode {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const n = v as Record<string, unknown>;
  if (typeof n.type !== 'string') return false;
  if (n.text !== undefined && typeof n.text !== 'string') return false;
  if (n.content !== undefined && (!Array.isArray(n.content) || !n.content.every(isNode))) return false;
  return true;
}

export function isAdfDoc(v: unknown): v is AdfDoc {
  return isNode(v) && v.type === 'doc' && (v as { version?: unknown }).version === 1 && Array.isArray(v.content);
}

/** A mention's visible text (`@Léa Dubois`); Jira keeps the text the editor put in `attrs.text`. */
const mentionText = (node: AdfNode): string => (typeof node.attrs?.text === 'string' ? node.attrs.text : '@unknown');

export function adfText(node: AdfNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'mention') return mentionText(node);
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(adfText).join('');
  return ['paragraph', 'heading', 'listItem'].includes(node.type) ? `${inner}\n` : inner;
}

export function adfPlainText(doc: AdfDoc): string {
  return adfText(doc).trim();
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const TAGS: Record<string, string> = { paragraph: 'p', bulletList: 'ul', orderedList: 'ol', listItem: 'li', blockquote: 'blockquote' };

export function adfHtml(node: AdfNode): string {
  if (node.type === 'text') return escapeHtml(node.text ?? '');
  if (node.type === 'hardBreak') return '<br/>';
  if (node.type === 'mention')
    return `<a class="user-hover" data-account-id="${escapeHtml(valueText(node.attrs?.id ?? ''))}">${escapeHtml(mentionText(node))}</a>`;
  const inner = (node.content ?? []).map(adfHtml).join('');
  if (node.type === 'heading') {
    const level = typeof node.attrs?.level === 'number' ? node.attrs.level : 1;
    return `<h${level}>${inner}</h${level}>`;
  }
  const tag = TAGS[node.type];
  return tag ? `<${tag}>${inner}</${tag}>` : inner;
}

/** A one-paragraph ADF document. */
export function adfParagraphs(...paragraphs: string[]): AdfDoc {
  return {
    type: 'doc',
    version: 1,
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

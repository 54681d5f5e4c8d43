import { escapeUTF8 } from 'entities';
import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * Forge macros in Confluence storage format, as Confluence keeps them: `<ac:adf-extension>` holding an ADF
 * `extension` node whose attributes and parameters are written in kebab case (`extension-key`, `guest-params`,
 * `local-id`), the macro's configuration under `guest-params`. The emulator reads them (page view, ADF bodies, the
 * macro's context) and writes them (the page view's paste and configuration stand-ins).
 */
export interface ForgeMacro {
  localId: string;
  extensionKey: string;
  extensionTitle: string;
  /** The macro's configuration (`guest-params`), keys in camel case as Forge gives them to the app. */
  config: Record<string, string>;
  /** The address pasted when autoConvert inserted the macro. */
  autoConvertLink?: string;
  /** Where the element sits in the storage string (to replace it). */
  start: number;
  end: number;
}

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<DomNode, { attribs: Record<string, string> }>;
const isElement = (n: DomNode): n is Element => DomUtils.isTag(n);
const keyed = (parent: Element, tag: string, key: string): Element | undefined =>
  parent.children.filter(isElement).find((c) => c.name === tag && c.attribs.key === key);
const textOf = (el: Element | undefined): string => (el ? DomUtils.textContent(el).trim() : '');

export const camel = (kebab: string): string => kebab.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The Forge macro an `<ac:adf-extension>` element holds, or undefined for another extension. */
export function forgeMacroOf(element: Element): Omit<ForgeMacro, 'start' | 'end'> | undefined {
  const node = element.children.filter(isElement).find((c) => c.name === 'ac:adf-node');
  if (!node) return undefined;
  if (textOf(keyed(node, 'ac:adf-attribute', 'extension-type')) !== 'com.atlassian.ecosystem') return undefined;
  const parameters = keyed(node, 'ac:adf-attribute', 'parameters');
  const guest = parameters && keyed(parameters, 'ac:adf-parameter', 'guest-params');
  const config: Record<string, string> = {};
  for (const p of guest ? guest.children.filter(isElement) : []) if (p.attribs.key) config[camel(p.attribs.key)] = textOf(p);
  const link = parameters ? textOf(keyed(parameters, 'ac:adf-parameter', 'auto-convert-link')) : '';
  return {
    localId:
      textOf(keyed(node, 'ac:adf-attribute', 'local-id')) || (parameters ? textOf(keyed(parameters, 'ac:adf-parameter', 'local-id')) : ''),
    extensionKey: textOf(keyed(node, 'ac:adf-attribute', 'extension-key')),
    extensionTitle: parameters ? textOf(keyed(parameters, 'ac:adf-parameter', 'extension-title')) : '',
    config,
    ...(link ? { autoConvertLink: link } : {}),
  };
}

/** Every Forge macro of a storage body, in page order. */
export function forgeMacros(storage: string): ForgeMacro[] {
  const dom = parseDocument(storage, { xmlMode: true, decodeEntities: true, withStartIndices: true, withEndIndices: true });
  return DomUtils.findAll((e) => e.name === 'ac:adf-extension', dom.children).flatMap((e) => {
    const macro = forgeMacroOf(e);
    return macro && e.startIndex !== null && e.endIndex !== null ? [{ ...macro, start: e.startIndex, end: e.endIndex + 1 }] : [];
  });
}

const esc = (s: string): string => escapeUTF8(s);
const param = (key: string, value: string): string => `<ac:adf-parameter key="${esc(key)}">${value}</ac:adf-parameter>`;
const attr = (key: string, value: string): string => `<ac:adf-attribute key="${esc(key)}">${value}</ac:adf-attribute>`;

/** A Forge macro element, as Confluence writes one the editor inserted (its `extension-key` names app, environment, module). */
export function forgeMacroStorage(m: Omit<ForgeMacro, 'start' | 'end'> & { environmentType?: string }): string {
  const guest = Object.entries(m.config)
    .map(([k, v]) => param(kebab(k), esc(v)))
    .join('');
  const params = [
    param('local-id', esc(m.localId)),
    param('extension-id', esc(`ari:cloud:ecosystem::extension/${m.extensionKey}`)),
    param('extension-title', esc(m.extensionTitle)),
    param('forge-environment', esc(m.environmentType ?? 'DEVELOPMENT')),
    param('render', 'native'),
    ...(m.autoConvertLink ? [param('auto-convert-link', esc(m.autoConvertLink))] : []),
    param('guest-params', guest),
  ].join('');
  return (
    `<ac:adf-extension><ac:adf-node type="extension">${attr('extension-key', esc(m.extensionKey))}` +
    `${attr('extension-type', 'com.atlassian.ecosystem')}${attr('parameters', params)}${attr('text', esc(m.extensionTitle))}` +
    `${attr('layout', 'default')}${attr('local-id', esc(m.localId))}</ac:adf-node>` +
    `<ac:adf-fallback><p>${esc(m.extensionTitle)}</p></ac:adf-fallback></ac:adf-extension>`
  );
}

/** The ADF `extension` node of a Forge macro, as `body-format=atlas_doc_format` gives it. */
export function forgeMacroAdf(m: Omit<ForgeMacro, 'start' | 'end'>): { type: 'extension'; attrs: Record<string, unknown> } {
  return {
    type: 'extension',
    attrs: {
      extensionType: 'com.atlassian.ecosystem',
      extensionKey: m.extensionKey,
      parameters: {
        localId: m.localId,
        extensionId: `ari:cloud:ecosystem::extension/${m.extensionKey}`,
        extensionTitle: m.extensionTitle,
        guestParams: m.config,
        ...(m.autoConvertLink ? { autoConvertLink: m.autoConvertLink } : {}),
      },
      layout: 'default',
      localId: m.localId,
    },
  };
}

/**
 * Whether `url` matches an autoConvert matcher pattern: `*` (Forge's wildcard, `@forge/manifest` refuses it only in
 * the protocol) or `{}` (Connect's) is one part of the address, with no `/` inside; the rest is literal and the whole
 * address must match.
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const source = pattern
    .split(/\*|\{\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/?#]+');
  return new RegExp(`^${source}$`).test(url.trim());
}

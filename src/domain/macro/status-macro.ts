import { DomUtils, parseDocument } from 'htmlparser2';
import { el, render, type Markup } from '../report/storage-markup';

/** The manifest's `macro` module « Statut de campagne » / "Campaign status". */
export const STATUS_MACRO_MODULE = 'campaign-status-macro';

/** Where a Forge app and its environment are: the macro's extension key is made of them. */
export interface AppIdentity {
  appId: string;
  environmentId: string;
  /** `DEVELOPMENT`, `STAGING` or `PRODUCTION`: Confluence records it beside a Forge macro. */
  environmentType: string;
}

/** An app id given as its ARI (`ari:cloud:ecosystem::app/<uuid>`) or alone: the key uses the id alone. */
const bareAppId = (appId: string): string => appId.replace(/^ari:cloud:ecosystem::app\//, '');

/** Forge's extension key of a module: `<appId>/<environmentId>/static/<moduleKey>`. */
export const extensionKeyOf = (app: AppIdentity, moduleKey = STATUS_MACRO_MODULE): string =>
  `${bareAppId(app.appId)}/${app.environmentId}/static/${moduleKey}`;

const param = (key: string, ...children: (Markup | string)[]): Markup => el('ac:adf-parameter', { key }, ...children);
const attribute = (key: string, ...children: (Markup | string)[]): Markup => el('ac:adf-attribute', { key }, ...children);

/**
 * The macro as Confluence keeps a Forge macro in storage format (`ac:adf-extension` holding the ADF `extension`
 * node, its parameters in kebab case; the macro's configuration under `guest-params`), configured with the
 * campaign's issue key. The fallback is what a reader without the app sees: the key and the title.
 */
export function statusMacroStorage(input: { app: AppIdentity; issueKey: string; localId: string; title: string }): string {
  const { app, issueKey, localId, title } = input;
  const key = extensionKeyOf(app);
  const node = el(
    'ac:adf-extension',
    {},
    el(
      'ac:adf-node',
      { type: 'extension' },
      attribute('extension-key', key),
      attribute('extension-type', 'com.atlassian.ecosystem'),
      attribute(
        'parameters',
        param('local-id', localId),
        param('extension-id', `ari:cloud:ecosystem::extension/${key}`),
        param('extension-title', title),
        param('forge-environment', app.environmentType),
        param('render', 'native'),
        param('guest-params', param('issue-key', issueKey)),
      ),
      attribute('text', title),
      attribute('layout', 'default'),
      attribute('local-id', localId),
    ),
    el('ac:adf-fallback', {}, el('p', {}, `${title} — ${issueKey}`)),
  );
  return render([node]);
}

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<DomNode, { attribs: Record<string, string> }>;

const isElement = (n: DomNode): n is Element => DomUtils.isTag(n);
const keyed = (parent: Element, tag: string, key: string): Element | undefined =>
  parent.children.filter(isElement).find((c) => c.name === tag && c.attribs.key === key);

/** The issue keys that the page's campaign status macros show (any environment of the app). */
export function statusMacroIssueKeys(storage: string): string[] {
  const dom = parseDocument(storage, { xmlMode: true, decodeEntities: true });
  const nodes = DomUtils.findAll((e) => e.name === 'ac:adf-node' && e.attribs.type === 'extension', dom.children);
  return nodes.flatMap((node) => {
    const extensionKey = keyed(node, 'ac:adf-attribute', 'extension-key');
    if (!extensionKey || !DomUtils.textContent(extensionKey).endsWith(`/static/${STATUS_MACRO_MODULE}`)) return [];
    const parameters = keyed(node, 'ac:adf-attribute', 'parameters');
    const guest = parameters && keyed(parameters, 'ac:adf-parameter', 'guest-params');
    const issueKey = guest && keyed(guest, 'ac:adf-parameter', 'issue-key');
    return issueKey ? [DomUtils.textContent(issueKey).trim()] : [];
  });
}

/**
 * The page's storage with the campaign's status macro first (where a reader sees it before the brief), the rest
 * of the page untouched; `null` when the page shows that campaign's macro already (a second run adds nothing).
 */
export function withStatusMacro(storage: string, issueKey: string, macro: string): string | null {
  if (statusMacroIssueKeys(storage).includes(issueKey)) return null;
  return `${macro}${storage}`;
}

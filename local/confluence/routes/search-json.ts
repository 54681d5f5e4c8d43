import type { SearchableContent } from '../cql/load-content';
import type { SpaceRow } from '../store/rows';

const EXCERPT_LENGTH = 200;

/** The page's plain text, cut at a word; `none` asks for no excerpt. Real excerpts mark hits with @@@hl@@@; ours do not. */
function excerptOf(text: string, strategy: string): string {
  if (strategy === 'none' || text.length === 0) return '';
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1))}…`;
}

const friendly = (iso: string): string =>
  new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** One `SearchResult` for a page, in the shape Confluence Cloud's v1 search answers (`content` without expansions). */
export function searchResultJson(
  item: SearchableContent,
  space: SpaceRow | undefined,
  strategy: string,
  baseUrl: string,
): Record<string, unknown> {
  const { page, content } = item;
  const slug = encodeURIComponent(page.title.replace(/\s+/g, '+')).replace(/%2B/g, '+');
  const webui = `/spaces/${page.space_key}/pages/${page.id}/${slug}`;
  const v1 = `/rest/api/content/${page.id}`;
  return {
    content: {
      id: String(page.id),
      type: 'page',
      status: page.status,
      title: page.title,
      _expandable: {
        container: `/rest/api/space/${page.space_key}`,
        children: `${v1}/child`,
        history: `${v1}/history`,
        descendants: `${v1}/descendant`,
        space: `/rest/api/space/${page.space_key}`,
        ancestors: '',
        body: '',
        version: '',
        operations: '',
        metadata: '',
        extensions: '',
      },
      _links: { webui, self: `${baseUrl}/wiki${v1}`, tinyui: `/x/${Buffer.from(String(page.id)).toString('base64url')}` },
    },
    title: page.title,
    excerpt: excerptOf(content.text, strategy),
    url: webui,
    resultGlobalContainer: { title: space?.name ?? page.space_key, displayUrl: `/spaces/${page.space_key}` },
    breadcrumbs: [],
    entityType: 'content',
    iconCssClass: 'aui-icon content-type-page',
    lastModified: page.version_at,
    friendlyLastModified: friendly(page.version_at),
    score: 0,
  };
}

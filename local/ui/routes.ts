import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HostContext } from '../server/host';
import type { Route, RouteRequest, RouteResponse } from '../http/types';
import { pathParam } from '../http/path-param';
import { browsePage, confluencePage, dashboardPage, globalPage, indexPage, projectPage, rovoPage } from './pages';
import { fileResponse, injectBridge, notFound, readStatic, safeJoin } from './static-files';

export interface UiRouteOptions {
  /** Repository root holding `static/<resource>/build`; defaults to this checkout. */
  repoRoot?: string;
}

const RESOURCE = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9][0-9]*$/;
const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;
const PAGE_SLUG = /^[a-z0-9][a-z0-9-]*$/;
const DASHBOARD_ID = /^[a-z0-9-]{1,40}$/;
const SPACE_KEY = /^[A-Za-z0-9~][A-Za-z0-9_~-]{0,254}$/;
const PAGE_ID = /^[1-9][0-9]{0,18}$/;
const PUBLIC_FILE = /^[a-z0-9-]+\.(js|css|svg)$/;

// Forge serves Custom UI under a strict CSP; the same one here catches inline scripts before they reach Jira.
// `style-src 'unsafe-inline'` mirrors `permissions.content.styles: unsafe-inline` in manifest.yml.
const CUSTOM_UI_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'";

const html = (text: string): RouteResponse => ({
  status: 200,
  text,
  contentType: 'text/html; charset=utf-8',
  headers: { 'Cache-Control': 'no-store' },
});

/** Pages and files of the local host's browser side: the issue view, the Custom UI resources and the bridge. */
export function uiRoutes(_ctx: HostContext, options: UiRouteOptions = {}): Route[] {
  const repoRoot = options.repoRoot ?? resolve(__dirname, '../..');
  const publicDir = join(__dirname, 'public');

  const serveResource = (req: RouteRequest): RouteResponse => {
    const { resource, ...rest } = req.params;
    if (!resource || !RESOURCE.test(resource)) throw notFound();
    const buildDir = join(repoRoot, 'static', resource, 'build');
    if (!existsSync(join(buildDir, 'index.html'))) {
      throw notFound(`static/${resource}/build is missing: run \`npm run build:static\`.`);
    }
    const segments = ['p1', 'p2', 'p3'].map((k) => rest[k]).filter((s): s is string => s !== undefined);
    if (segments.length === 0) {
      // The app's relative asset URLs (Vite `base: './'`) only resolve under a trailing slash.
      if (!req.path.endsWith('/')) {
        const qs = req.query.toString();
        return { status: 302, headers: { Location: `${req.path}/${qs ? `?${qs}` : ''}` } };
      }
      segments.push('index.html');
    }
    const file = safeJoin(buildDir, segments);
    const headers = { 'Content-Security-Policy': CUSTOM_UI_CSP };
    if (segments.length === 1 && segments[0] === 'index.html') {
      return { ...html(injectBridge(readStatic(file).toString('utf8'))), headers: { ...headers, 'Cache-Control': 'no-store' } };
    }
    return fileResponse(file, headers);
  };

  // Confluence's page view: `_links.webui` of a page is /spaces/KEY/pages/ID/Title under the site's /wiki.
  const pageView = (req: RouteRequest): RouteResponse => {
    const spaceKey = pathParam(req, 'spaceKey');
    const pageId = pathParam(req, 'pageId');
    if (!SPACE_KEY.test(spaceKey) || !PAGE_ID.test(pageId)) throw notFound(`No Confluence page at ${req.path}`);
    return html(confluencePage(spaceKey, pageId));
  };

  return [
    { method: 'GET', pattern: '/', handler: () => html(indexPage()) },
    { method: 'GET', pattern: '/wiki/spaces/{spaceKey}/pages/{pageId}', handler: pageView },
    { method: 'GET', pattern: '/wiki/spaces/{spaceKey}/pages/{pageId}/{title}', handler: pageView },
    { method: 'GET', pattern: '/favicon.ico', handler: () => ({ status: 204 }) },
    { method: 'GET', pattern: '/rovo', handler: () => html(rovoPage()) },
    {
      method: 'GET',
      pattern: '/jira/dashboards/{dashboardId}',
      handler: (req) => {
        const dashboardId = pathParam(req, 'dashboardId');
        if (!DASHBOARD_ID.test(dashboardId)) throw notFound(`No dashboard at ${req.path}`);
        return html(dashboardPage(dashboardId));
      },
    },
    {
      method: 'GET',
      pattern: '/browse/{issueKey}',
      handler: (req) => {
        const issueKey = pathParam(req, 'issueKey');
        if (!ISSUE_KEY.test(issueKey)) throw notFound(`Not an issue key: ${issueKey}`);
        return html(browsePage(issueKey));
      },
    },
    {
      method: 'GET',
      pattern: '/projects/{projectKey}/apps/{pageSlug}',
      handler: (req) => {
        const projectKey = pathParam(req, 'projectKey');
        const pageSlug = pathParam(req, 'pageSlug');
        if (!PROJECT_KEY.test(projectKey) || !PAGE_SLUG.test(pageSlug)) throw notFound(`No project page at ${req.path}`);
        return html(projectPage(projectKey, pageSlug));
      },
    },
    // The app's global page (Jira's /jira/apps/{appId}/{envId}[/route]), here under a readable name.
    { method: 'GET', pattern: '/jira/apps/campaigns', handler: () => html(globalPage('')) },
    {
      method: 'GET',
      pattern: '/jira/apps/campaigns/{route}',
      handler: (req) => {
        const route = pathParam(req, 'route');
        if (!PAGE_SLUG.test(route)) throw notFound(`No global page route ${route}`);
        return html(globalPage(route));
      },
    },
    {
      method: 'GET',
      pattern: '/local/ui/{file}',
      handler: (req) => {
        const file = pathParam(req, 'file');
        if (!PUBLIC_FILE.test(file)) throw notFound();
        return fileResponse(safeJoin(publicDir, [file]));
      },
    },
    // The router matches single segments only, so each nesting depth of a build gets its own pattern.
    { method: 'GET', pattern: '/static/{resource}', handler: serveResource },
    { method: 'GET', pattern: '/static/{resource}/{p1}', handler: serveResource },
    { method: 'GET', pattern: '/static/{resource}/{p1}/{p2}', handler: serveResource },
    { method: 'GET', pattern: '/static/{resource}/{p1}/{p2}/{p3}', handler: serveResource },
  ];
}

/** True when `static/<resource>/build/index.html` exists (tests use it to explain a missing build). */
export function isResourceBuilt(resource: string, repoRoot = resolve(__dirname, '../..')): boolean {
  return (
    existsSync(join(repoRoot, 'static', resource, 'build', 'index.html')) &&
    readFileSync(join(repoRoot, 'static', resource, 'build', 'index.html')).length > 0
  );
}

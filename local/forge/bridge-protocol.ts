/**
 * The local host's own bridge protocol (Atlassian's iframe protocol is not public). The browser-side bridge
 * (local/ui/public/bridge.js, injected first in each Custom UI page's <head>) implements
 * `globalThis.__bridge.callBridge(method, payload)` by posting to these endpoints:
 *
 * POST /local/invoke                {moduleKey, functionKey, payload, accountId, issueKey?, projectKey?, locale?}
 *                                   → {ok:true, result} | {ok:false, error:{code, message, details?}}
 * POST /local/bridge/context        {moduleKey, accountId, issueKey?, projectKey?, locale?, theme?} → ForgeUiContext
 * POST /local/bridge/fetch-product  {accountId, product:'jira'|'confluence', restPath, fetchRequestInit?:{method?, body?, headers?}}
 *                                   → {status, statusText, headers: Record<string,string>, body: string}
 * POST /local/bridge/rovo/enabled  {} → {enabled} (`rovo.isEnabled()`; the host's setting, `POST /local/rovo {enabled}`)
 * POST /local/bridge/rovo/open     {accountId, agentKey?, agentName?, prompt?, issueKey?} → {opened, chatUrl?}
 *                                   (`rovo.open()`: false where Rovo is off; else the page opens `chatUrl`, the chat stand-in)
 * GET  /local/users                 → DemoUserSummary[]
 * GET  /local/modules               → UiModuleSummary[] (Custom UI modules from manifest.yml and their resource URLs)
 * GET  /local/issue-actions?issueKey=&accountId=
 *                                   → IssueActionSummary[] (the jira:issueAction modules shown to that user on that
 *                                     issue, display conditions evaluated; local/forge/issue-actions/issue-actions.ts)
 *
 * Page-level messages (postMessage to the host page, `{source:'forge-local-bridge', type, frameId, ...}`): `resize`,
 * `showFlag`, `closeFlag`, `emit`, `navigate`, `reload`, `openRovo` `{url}` (the page opens the Rovo chat stand-in beside it), `route` `{pathname, action}` (the app's `view.createHistory()`
 * moved; a global page's host shows it in its URL and sidebar; the host answers a sidebar click with `route` too), and from a modal frame (query `modal=true`, an issue
 * action) `close` / `submit` `{payload}`, which end the modal (`submit` also re-renders the issue view).
 * Outside a modal `view.close()`/`view.submit()` answer false, so @forge/bridge throws as on Jira, except `submit` in
 * a dashboard gadget's edit view (query `entryPoint=edit`), which the dashboard page saves as the gadget's configuration.
 * GET  /local/dashboards/{id}/gadgets                       → the jira:dashboardGadget modules with their configuration
 * PUT  /local/dashboards/{id}/gadgets/{gadgetId}/configuration {configuration} (local/forge/dashboard/gadgets.ts)
 */
export interface InvokeRequest {
  moduleKey: string;
  functionKey: string;
  payload?: unknown;
  accountId: string;
  issueKey?: string;
  locale?: string;
}

export type InvokeResponse = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string; details?: unknown } };

export interface ForgeUiContext {
  accountId: string;
  cloudId: string;
  siteUrl: string;
  environmentId: string;
  environmentType: 'DEVELOPMENT';
  localId: string;
  moduleKey: string;
  locale: string;
  timezone: string;
  theme: { colorMode: 'light' | 'dark' } | null;
  extension: Record<string, unknown>;
  license: null;
}

export interface DemoUserSummary {
  accountId: string;
  displayName: string;
  email: string;
  role: string;
  locale: string;
}

export interface UiModuleSummary {
  key: string;
  type: string;
  title: string;
  /** The title by Forge locale code (`fr-FR`), from the manifest's translations. */
  titles?: Record<string, string>;
  resource: string;
  /** Where the host serves the resource's built files, e.g. /static/issue-panel/ */
  resourceUrl: string;
  /** A page module's sidebar pages (`jira:globalPage` `pages[]`), with their routes and titles. */
  pages?: { route: string; title: string; titles: Record<string, string> }[];
}

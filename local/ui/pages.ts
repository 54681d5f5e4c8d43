/** HTML shells of the host's own pages; the scripts in ./public fill them in the browser. */

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function topBar(): string {
  return `<header class="topbar">
    <a class="brand" href="/" aria-label="Jira (local) home">
      <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><rect width="24" height="24" rx="5" fill="#1868DB"/><path d="M12 5l5 5-5 5-5-5z" fill="#fff"/><path d="M12 11l4 4-4 4-4-4z" fill="#fff" opacity=".6"/></svg>
      <span>Jira <span class="brand__local">(local)</span></span>
    </a>
    <div class="topbar__tools">
      <button type="button" id="theme-toggle" class="button button--subtle" aria-pressed="false">Dark mode</button>
      <label class="user-switcher">
        <span class="user-switcher__label">Signed in as</span>
        <select id="user-select" aria-label="Signed in as"></select>
      </label>
    </div>
  </header>`;
}

function shell(title: string, body: string, script: string, bodyAttrs = ''): string {
  return `<!doctype html>
<html lang="en" data-color-mode="light">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/local/ui/tokens.css" />
    <link rel="stylesheet" href="/local/ui/host.css" />
    <script type="module" src="/local/ui/${script}"></script>
  </head>
  <body${bodyAttrs}>
    ${topBar()}
    ${body}
    <div id="flags" class="flags" role="region" aria-label="Notifications" aria-live="polite"></div>
  </body>
</html>
`;
}

export function browsePage(issueKey: string): string {
  const key = escapeHtml(issueKey);
  const [projectKey = ''] = issueKey.split('-');
  const project = escapeHtml(projectKey);
  const body = `<main class="issue-view">
    <nav class="breadcrumbs" aria-label="Breadcrumbs">
      <a href="/jira/apps/campaigns">All campaigns</a><span aria-hidden="true">/</span><a href="/">Projects</a><span aria-hidden="true">/</span><span>${project}</span><span aria-hidden="true">/</span><a href="/projects/${project}/apps/campaigns">Campaigns</a><span aria-hidden="true">/</span><span id="breadcrumb-parent" hidden></span><span aria-current="page">${key}</span>
    </nav>
    <div id="issue" class="issue-layout" aria-busy="true">
      <p class="loading">Loading ${key}…</p>
    </div>
  </main>`;
  return shell(`[${issueKey}] Jira (local)`, body, 'host.js', ` data-issue-key="${key}"`);
}

export function indexPage(): string {
  const body = `<main class="home">
    <h1>Demo site</h1>
    <p class="home__intro">A local emulation of Jira Cloud for Campaign Control. Open an issue to see the app's issue panel as the selected user.</p>
    <p><a href="/projects/MKT/apps/campaigns">Campaigns in MKT</a> — the app's project page.</p>
    <p><a href="/jira/apps/campaigns">All campaigns</a> — the app's global page: calendar, portfolio, capacity and collisions across projects.</p>
    <section aria-labelledby="issues-heading">
      <h2 id="issues-heading">Issues in MKT</h2>
      <div id="issue-list" aria-busy="true"><p class="loading">Loading issues…</p></div>
    </section>
    <p><a href="/jira/dashboards/local">Dashboard</a> — the app's dashboard gadget.</p>
    <p><a href="/wiki/spaces/MKT/pages/1638404">Brief de campagne — Black Friday 2026 France</a> — a Confluence page; "Edit", then paste an issue address such as https://acme.atlassian.net/browse/MKT-12 to add the app's « Campaign status » macro.</p>
  </main>`;
  return shell('Jira (local)', body, 'index.js');
}

/** A Jira dashboard: each jira:dashboardGadget module as a gadget (filled in by dashboard.js). */
export function dashboardPage(dashboardId: string): string {
  const id = escapeHtml(dashboardId);
  const body = `<main class="dashboard-page">
    <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/">Home</a><span aria-hidden="true">/</span><span aria-current="page">Dashboards</span></nav>
    <h1>Dashboard</h1>
    <div id="dashboard" class="dashboard" aria-busy="true"><p class="loading">Loading the gadgets…</p></div>
  </main>`;
  return shell('Dashboard - Jira (local)', body, 'dashboard.js', ` data-dashboard-id="${id}"`);
}

/** A project's app page: a sidebar like Jira's and the jira:projectPage module's iframe (filled in by project.js). */
export function projectPage(projectKey: string, pageSlug: string): string {
  const key = escapeHtml(projectKey);
  const slug = escapeHtml(pageSlug);
  const body = `<div class="project-layout">
    <nav class="project-sidebar" aria-label="Project">
      <p class="project-sidebar__name">${key}</p>
      <ul>
        <li><a href="/">Issues</a></li>
        <li><a href="/projects/${key}/apps/campaigns" aria-current="page">Campaigns</a></li>
      </ul>
    </nav>
    <main class="project-page">
      <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/">Projects</a><span aria-hidden="true">/</span><span>${key}</span><span aria-hidden="true">/</span><span aria-current="page">Apps</span></nav>
      <div id="project-app" aria-busy="true"><p class="loading">Loading the app…</p></div>
    </main>
  </div>`;
  return shell(`${projectKey} - Jira (local)`, body, 'project.js', ` data-project-key="${key}" data-page-slug="${slug}"`);
}

/**
 * The app's global page (`jira:globalPage`) at /jira/apps/campaigns[/<route>]: a sidebar of its manifest pages and its
 * iframe, opened on `route` (filled in by global-page.js).
 */
export function globalPage(route: string): string {
  const body = `<div class="project-layout">
    <nav class="project-sidebar" aria-label="App" id="global-sidebar">
      <p class="project-sidebar__name">Apps</p>
      <ul id="global-pages"></ul>
    </nav>
    <main class="project-page">
      <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/">Jira</a><span aria-hidden="true">/</span><span aria-current="page">Apps</span></nav>
      <div id="global-app" aria-busy="true"><p class="loading">Loading the app…</p></div>
    </main>
  </div>`;
  return shell('Apps - Jira (local)', body, 'global-page.js', ` data-route="${escapeHtml(route)}"`);
}

/**
 * Rovo Chat's local stand-in (`/rovo?agentKey=&accountId=&prompt=&issueKey=`): the agent and its actions from the
 * manifest, and a chat whose "model" is scripted (`POST /local/rovo/script`); each message runs the scripted
 * actions through the real runtime (filled in by rovo.js). `rovo.open()` opens it beside the page.
 */
export function rovoPage(): string {
  return `<!doctype html>
<html lang="en" data-color-mode="light">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Rovo chat (local stand-in)</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/local/ui/tokens.css" />
    <link rel="stylesheet" href="/local/ui/host.css" />
    <script type="module" src="/local/ui/rovo.js"></script>
  </head>
  <body class="rovo-page">
    <main class="rovo-chat" aria-busy="true">
      <header class="rovo-chat__header">
        <h1 id="rovo-agent-name">Rovo</h1>
        <p class="rovo-chat__hint">Local stand-in for Rovo Chat: the model is scripted (<code>POST /local/rovo/script</code>); the actions run through the app's real functions.</p>
      </header>
      <p id="rovo-status" class="rovo-chat__status" role="status"></p>
      <form id="rovo-form" class="rovo-chat__form">
        <label for="rovo-message">Message</label>
        <textarea id="rovo-message" rows="3"></textarea>
        <button type="submit" class="button button--primary">Send</button>
      </form>
      <ol id="rovo-transcript" class="rovo-chat__transcript" aria-label="Transcript"></ol>
      <section aria-labelledby="rovo-starters-heading">
        <h2 id="rovo-starters-heading">Conversation starters</h2>
        <ul id="rovo-starters" class="rovo-chat__starters"></ul>
      </section>
      <section aria-labelledby="rovo-actions-heading">
        <h2 id="rovo-actions-heading">Actions</h2>
        <ul id="rovo-actions" class="rovo-chat__actions"></ul>
      </section>
    </main>
  </body>
</html>
`;
}

/**
 * A Confluence page view (`/wiki/spaces/<KEY>/pages/<id>[/<title>]`, the address Confluence's `_links.webui` gives):
 * the page's body, rendered from its ADF, with the app's macros in their frames (filled in by confluence-page.js).
 */
export function confluencePage(spaceKey: string, pageId: string): string {
  const key = escapeHtml(spaceKey);
  const id = escapeHtml(pageId);
  const body = `<main class="confluence-page">
    <nav class="breadcrumbs" aria-label="Breadcrumbs"><a href="/">Confluence</a><span aria-hidden="true">/</span><span>${key}</span><span aria-hidden="true">/</span><span aria-current="page">Pages</span></nav>
    <div id="confluence-page" aria-busy="true"><p class="loading">Loading the page…</p></div>
  </main>`;
  return shell('Confluence (local)', body, 'confluence-page.js', ` data-space-key="${key}" data-page-id="${id}"`);
}

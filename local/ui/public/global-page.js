// The local global page (/jira/apps/campaigns[/route]): the jira:globalPage module's sidebar pages and its iframe.
// As in Jira, the sidebar changes the page's URL and the app follows it through view.createHistory(); a move the app
// makes itself comes back here as a `route` message and shows in the URL and the sidebar.
import { el, titleFor } from './common.js';
import { broadcast, loadAppModules } from './panels.js';
import { appFrame, startAppPage } from './app-page.js';

const BASE = '/jira/apps/campaigns';
const root = document.getElementById('global-app');
const list = document.getElementById('global-pages');
let route = document.body.dataset.route || '';

const pathFor = (r) => (r ? `${BASE}/${encodeURIComponent(r)}` : BASE) + location.search;

function markCurrent(module) {
  const current = route || (module.pages && module.pages[0] && module.pages[0].route) || '';
  for (const a of list.querySelectorAll('a')) {
    if (a.dataset.route === current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

function sidebar(module, user) {
  const pages = module.pages || [];
  list.replaceChildren(
    ...pages.map((p) => {
      const a = el('a', { href: pathFor(p.route), 'data-route': p.route }, titleFor(p, user.locale));
      a.addEventListener('click', (e) => {
        e.preventDefault();
        if (p.route === route) return;
        route = p.route;
        history.pushState({ route }, '', pathFor(route));
        markCurrent(module);
        broadcast({ type: 'route', pathname: `/${route}` });
      });
      return el('li', {}, a);
    }),
  );
  document.getElementById('global-sidebar').setAttribute('aria-label', titleFor(module, user.locale));
  markCurrent(module);
}

function frameFor(module, user) {
  const frame = appFrame({
    resourceUrl: module.resourceUrl,
    moduleKey: module.key,
    title: titleFor(module, user.locale),
    user,
    params: { route },
    attrs: { class: 'project-page__frame' },
  });
  frame.addEventListener('forge-route', (e) => {
    const next = e.detail.pathname.replace(/^\/+/, '').split('/')[0] || '';
    if (next === route) return;
    route = next;
    history.pushState({ route }, '', pathFor(route));
    markCurrent(module);
  });
  return frame;
}

async function render(user) {
  let module;
  try {
    module = (await loadAppModules()).find((m) => m.type === 'jira:globalPage');
  } catch (e) {
    root.replaceChildren(el('p', { role: 'alert' }, `Apps unavailable: ${e.message || e}`));
    return;
  }
  if (!module) {
    root.replaceChildren(
      el(
        'section',
        { class: 'empty-page', role: 'alert' },
        el('h1', {}, 'This app page can’t be found'),
        el('p', {}, 'manifest.yml has no jira:globalPage.'),
      ),
    );
    return;
  }
  document.title = `${titleFor(module, user.locale)} - Jira (local)`;
  sidebar(module, user);
  root.removeAttribute('aria-busy');
  root.replaceChildren(frameFor(module, user));
  window.onpopstate = (e) => {
    route = (e.state && e.state.route) || location.pathname.slice(BASE.length + 1) || '';
    markCurrent(module);
    broadcast({ type: 'route', pathname: `/${route}` });
  };
}

void startAppPage(root, render);

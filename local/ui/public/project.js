// The local project page (/projects/KEY/apps/SLUG): a jira:projectPage module's Custom UI in an iframe.
import { currentTheme, el, titleFor } from './common.js';
import { loadAppModules, registerFrame } from './panels.js';
import { startAppPage } from './app-page.js';

const { projectKey, pageSlug } = document.body.dataset;
const root = document.getElementById('project-app');

const slugOf = (m) =>
  m.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function frameFor(module, user) {
  const src = new URL(module.resourceUrl, location.origin);
  const q = {
    moduleKey: module.key,
    accountId: user.accountId,
    projectKey,
    locale: user.locale,
    theme: currentTheme(),
    frameId: `${module.key}-${Date.now()}`,
  };
  for (const [k, v] of Object.entries(q)) src.searchParams.set(k, v);
  const frame = el('iframe', {
    class: 'project-page__frame',
    title: `${titleFor(module, user.locale)} (app)`,
    src: src.pathname + src.search,
    'data-module-key': module.key,
  });
  registerFrame(frame);
  return frame;
}

async function render(user) {
  let modules;
  try {
    modules = (await loadAppModules()).filter((m) => m.type === 'jira:projectPage');
  } catch (e) {
    root.replaceChildren(el('p', { role: 'alert' }, `Apps unavailable: ${e.message || e}`));
    return;
  }
  const module = modules.find((m) => slugOf(m) === pageSlug || m.key === pageSlug);
  if (!module) {
    root.replaceChildren(
      el(
        'section',
        { class: 'empty-page', role: 'alert' },
        el('h1', {}, 'This app page can’t be found'),
        el('p', {}, `manifest.yml has no jira:projectPage "${pageSlug}".`),
      ),
    );
    return;
  }
  document.title = `${titleFor(module, user.locale)} - ${projectKey} - Jira (local)`;
  root.removeAttribute('aria-busy');
  root.replaceChildren(frameFor(module, user));
}

void startAppPage(root, render);

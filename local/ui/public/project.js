// The local project page (/projects/KEY/apps/SLUG): a jira:projectPage module's Custom UI in an iframe.
import { el, titleFor } from './common.js';
import { loadAppModules } from './panels.js';
import { appFrame, startAppPage } from './app-page.js';

const { projectKey, pageSlug } = document.body.dataset;
const root = document.getElementById('project-app');

const slugOf = (m) =>
  m.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const frameFor = (module, user) =>
  appFrame({
    resourceUrl: module.resourceUrl,
    moduleKey: module.key,
    title: titleFor(module, user.locale),
    user,
    params: { projectKey },
    attrs: { class: 'project-page__frame' },
  });

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

// The issue view's "Apps" section: one iframe per jira:issuePanel module, and messages to all of them.
import { el, titleFor } from './common.js';

let modulesPromise;
const frames = new Set();

function loadModules() {
  modulesPromise ??= fetch('/local/modules').then((res) => {
    if (!res.ok) throw new Error(`GET /local/modules answered ${res.status}`);
    return res.json();
  });
  return modulesPromise;
}

/** Lets other pages' app frames (the project page) receive broadcasts and send messages. */
export function registerFrame(frame) {
  frames.add(frame);
}

export const loadAppModules = () => loadModules();

export const frameFor = (source) => [...frames].find((f) => f.isConnected && f.contentWindow === source);

export function broadcast(message) {
  for (const f of frames) {
    if (f.isConnected) f.contentWindow?.postMessage({ source: 'forge-local-host', ...message }, location.origin);
  }
}

function panel(module, ctx, index) {
  const title = titleFor(module, ctx.locale);
  const src = new URL(module.resourceUrl, location.origin);
  const q = {
    moduleKey: module.key,
    accountId: ctx.user.accountId,
    issueKey: ctx.issueKey,
    locale: ctx.locale,
    theme: ctx.theme,
    frameId: `${module.key}-${index}-${Date.now()}`,
  };
  for (const [k, v] of Object.entries(q)) src.searchParams.set(k, v);
  const frame = el('iframe', {
    class: 'app-panel__frame',
    title: `${title} (app)`,
    src: src.pathname + src.search,
    'data-module-key': module.key,
  });
  frames.add(frame);
  const icon = el('img', { class: 'app-panel__icon', src: `${module.resourceUrl}icon.svg`, alt: '', width: 16, height: 16 });
  icon.addEventListener('error', () => icon.remove());
  return el(
    'section',
    { class: 'app-panel', 'aria-label': title },
    el('header', { class: 'app-panel__header' }, icon, el('h3', {}, title)),
    frame,
  );
}

export async function appsSection(ctx) {
  for (const f of frames) if (!f.isConnected) frames.delete(f);
  let body;
  try {
    const panels = (await loadModules()).filter((m) => m.type === 'jira:issuePanel');
    body = panels.length ? panels.map((m, i) => panel(m, ctx, i)) : [el('p', { class: 'muted' }, 'No issue panels in manifest.yml.')];
  } catch (e) {
    modulesPromise = undefined;
    body = [el('p', { class: 'muted', role: 'alert' }, `Apps unavailable: ${e.message || e}`)];
  }
  return el('section', { class: 'apps', 'aria-labelledby': 'apps-heading' }, el('h2', { id: 'apps-heading' }, 'Apps'), body);
}

// The local Confluence page view (/wiki/spaces/KEY/pages/ID[/Title]): the page's body as the signed-in user reads
// it (its ADF), each of the app's macros in its frame with Confluence's macro context (page, space, configuration,
// isEditing). "Edit" stands in for Confluence's editor: a paste box (a pasted address matching a macro's autoConvert
// matchers becomes that macro, as the editor does) and each macro's configuration view, saved in the page
// (a new page version, as the user).
import { el, titleFor } from './common.js';
import { renderAdf } from './adf.js';
import { showFlag } from './flags.js';
import { appFrame, startAppPage } from './app-page.js';

const { pageId } = document.body.dataset;
const root = document.getElementById('confluence-page');
let editing = false;

async function call(method, path, body) {
  const res = await fetch(path, {
    method,
    headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json().catch(() => undefined);
  if (!res.ok) {
    const error = new Error((json && json.error && json.error.message) || `${method} ${path} answered ${res.status}`);
    error.status = res.status;
    throw error;
  }
  return json;
}

const flagError = (title, e) =>
  showFlag({ id: `page-${Date.now()}`, type: 'error', title, description: String((e && e.message) || e) }, () => {});

function macroFrame(module, node, user, mode) {
  const p = node.attrs.parameters || {};
  return appFrame({
    resourceUrl: module.resourceUrl,
    moduleKey: module.moduleKey,
    title: titleFor(module, user.locale),
    user,
    frameId: `${p.localId}-${mode}-${Date.now()}`,
    params: {
      contentId: pageId,
      macroLocalId: p.localId,
      ...(editing ? { isEditing: 'true' } : {}),
      ...(mode === 'config' ? { entryPoint: 'config' } : {}),
    },
    attrs: { class: 'macro-frame', 'data-macro': 'true', 'data-macro-mode': mode, 'data-local-id': p.localId },
  });
}

function macroBlock(module, node, user, rerender) {
  const localId = (node.attrs.parameters || {}).localId;
  const config = el('div', { class: 'macro-config' });
  const configure = el('button', { type: 'button', class: 'button button--subtle' }, 'Edit macro');
  configure.addEventListener('click', () => {
    const frame = macroFrame(module, node, user, 'config');
    frame.addEventListener('forge-macro', (e) => {
      if (e.detail.type === 'close') return config.replaceChildren();
      const next = e.detail.payload && e.detail.payload.config;
      if (!next || typeof next !== 'object') return;
      call('PUT', `/local/confluence/pages/${pageId}/macros/${encodeURIComponent(localId)}/config`, {
        accountId: user.accountId,
        config: next,
      })
        .then(() => rerender())
        .catch((err) => flagError('Macro not saved', err));
    });
    config.replaceChildren(frame);
  });
  return el(
    'div',
    { class: 'page-macro', 'data-macro-key': module.moduleKey, 'data-local-id': localId },
    editing && module.hasConfig ? el('div', { class: 'page-macro__tools' }, configure) : null,
    macroFrame(module, node, user, 'view'),
    config,
  );
}

function pasteBox(user, rerender) {
  const input = el('input', { type: 'text', id: 'paste-input', placeholder: 'Paste a link or text' });
  const form = el(
    'form',
    { class: 'paste-box', 'aria-label': 'Paste into the page' },
    el('label', { for: 'paste-input' }, 'Paste into the page (at its end)'),
    input,
    el('button', { type: 'submit', class: 'button button--primary' }, 'Paste'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!input.value.trim()) return;
    call('POST', `/local/confluence/pages/${pageId}/paste`, { accountId: user.accountId, text: input.value })
      .then(() => rerender())
      .catch((err) => flagError('Paste not saved', err));
  });
  return form;
}

async function render(user) {
  const rerender = () => render(user);
  let page;
  try {
    page = await call('GET', `/local/confluence/pages/${encodeURIComponent(pageId)}?accountId=${encodeURIComponent(user.accountId)}`);
  } catch (e) {
    root.removeAttribute('aria-busy');
    const missing = e.status === 404 || e.status === 403;
    root.replaceChildren(
      el(
        'p',
        { role: 'alert' },
        missing ? 'This page does not exist, or you may not see it.' : `The page could not be loaded: ${e.message}`,
      ),
    );
    return;
  }
  document.title = `${page.title} - Confluence (local)`;
  const moduleOf = (node) => page.macros.find((m) => node.attrs && node.attrs.extensionKey === m.extensionKey);
  const body = renderAdf(page.adf, {
    extension: (node) => {
      const module = moduleOf(node);
      return module
        ? macroBlock(module, node, user, rerender)
        : el('p', { class: 'muted' }, `Macro not available: ${(node.attrs && node.attrs.extensionKey) || 'unknown'}`);
    },
  });
  const edit = el(
    'button',
    { type: 'button', class: 'button button--subtle', 'aria-pressed': String(editing) },
    editing ? 'Close editor' : 'Edit',
  );
  edit.addEventListener('click', () => {
    editing = !editing;
    void rerender();
  });
  root.removeAttribute('aria-busy');
  root.replaceChildren(
    el(
      'header',
      { class: 'confluence-page__header' },
      el('h1', {}, page.title),
      el('p', { class: 'muted' }, `Version ${page.version}`),
      edit,
    ),
    editing ? pasteBox(user, rerender) : null,
    el('article', { class: 'confluence-page__body', 'data-version': page.version }, body),
  );
}

void startAppPage(root, render);

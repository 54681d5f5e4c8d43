// The local dashboard (/jira/dashboards/ID): each jira:dashboardGadget module as a gadget, like Jira's dashboard.
// A gadget without a saved configuration opens in its edit view; `view.submit(config)` there saves the configuration
// (PUT /local/dashboards/ID/gadgets/GADGET/configuration) and shows the view with it; "Refresh" sends the gadget
// Jira's JIRA_DASHBOARD_GADGET_REFRESH event.
import { el, titleFor } from './common.js';
import { showFlag } from './flags.js';
import { appFrame, startAppPage } from './app-page.js';

const { dashboardId } = document.body.dataset;
const root = document.getElementById('dashboard');
const REFRESH_EVENT = 'JIRA_DASHBOARD_GADGET_REFRESH';

async function loadGadgets() {
  const res = await fetch(`/local/dashboards/${encodeURIComponent(dashboardId)}/gadgets`);
  if (!res.ok) throw new Error(`GET /local/dashboards/${dashboardId}/gadgets answered ${res.status}`);
  return res.json();
}

async function saveConfiguration(gadget, configuration) {
  const res = await fetch(
    `/local/dashboards/${encodeURIComponent(dashboardId)}/gadgets/${encodeURIComponent(gadget.gadgetId)}/configuration`,
    {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ configuration }),
    },
  );
  const body = await res.json().catch(() => undefined);
  if (!res.ok) throw new Error((body && body.error && body.error.message) || `Saving the configuration answered ${res.status}`);
  return body.configuration;
}

const frameOf = (gadget, user, mode) =>
  appFrame({
    resourceUrl: mode === 'edit' ? gadget.editResourceUrl : gadget.resourceUrl,
    moduleKey: gadget.moduleKey,
    title: titleFor(gadget, user.locale),
    user,
    frameId: `${gadget.gadgetId}-${mode}-${Date.now()}`,
    params: { dashboardId, gadgetId: gadget.gadgetId, ...(mode === 'edit' ? { entryPoint: 'edit' } : {}) },
    attrs: { class: 'gadget__frame', 'data-gadget': 'true', 'data-gadget-mode': mode },
  });

function gadgetCard(gadget, user) {
  const title = titleFor(gadget, user.locale);
  const body = el('div', { class: 'gadget__body' });
  const editButton = el('button', { type: 'button', class: 'button button--subtle', 'aria-pressed': 'false' }, 'Edit');
  const refreshButton = el('button', { type: 'button', class: 'button button--subtle' }, 'Refresh');
  const card = el(
    'section',
    { class: 'gadget', 'aria-labelledby': `${gadget.gadgetId}-title`, 'data-gadget-id': gadget.gadgetId },
    el(
      'header',
      { class: 'gadget__header' },
      el('h2', { id: `${gadget.gadgetId}-title` }, title),
      el('div', { class: 'gadget__tools' }, editButton, refreshButton),
    ),
    body,
  );
  let frame;
  const show = (mode) => {
    frame = frameOf(gadget, user, mode);
    card.dataset.mode = mode;
    editButton.setAttribute('aria-pressed', String(mode === 'edit'));
    refreshButton.disabled = mode === 'edit';
    frame.addEventListener('forge-gadget', (e) => {
      if (e.detail.type !== 'submit' || mode !== 'edit') return;
      saveConfiguration(gadget, e.detail.payload || {})
        .then((configuration) => {
          gadget.configuration = configuration;
          show('view');
        })
        .catch((err) =>
          showFlag(
            { id: `gadget-save-${Date.now()}`, type: 'error', title: 'Configuration not saved', description: String(err.message || err) },
            () => {},
          ),
        );
    });
    body.replaceChildren(frame);
  };
  editButton.addEventListener('click', () => show(card.dataset.mode === 'edit' && gadget.configuration ? 'view' : 'edit'));
  refreshButton.addEventListener('click', () =>
    frame?.contentWindow?.postMessage(
      {
        source: 'forge-local-host',
        type: 'event',
        scope: 'app',
        event: REFRESH_EVENT,
        payload: { dashboardId, gadgetId: gadget.gadgetId },
      },
      location.origin,
    ),
  );
  // Like Jira, a gadget nobody configured yet opens in its edit view.
  show(gadget.configuration && gadget.editResourceUrl ? 'view' : gadget.editResourceUrl ? 'edit' : 'view');
  return card;
}

async function render(user) {
  let gadgets;
  try {
    gadgets = await loadGadgets();
  } catch (e) {
    root.replaceChildren(el('p', { role: 'alert' }, `Gadgets unavailable: ${e.message || e}`));
    return;
  }
  root.removeAttribute('aria-busy');
  root.replaceChildren(
    ...(gadgets.length
      ? gadgets.map((g) => gadgetCard(g, user))
      : [el('p', { class: 'muted' }, 'No jira:dashboardGadget in manifest.yml.')]),
  );
}

void startAppPage(root, render);

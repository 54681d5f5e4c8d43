// Messages from the apps' iframes (bridge.js) to the page around them: size, flags, events, navigation.
import { closeFlag, showFlag } from './flags.js';
import { broadcast, frameFor } from './panels.js';

function navigate(loc) {
  let url = loc.url;
  if (!url && loc.target === 'issue' && loc.issueKey) url = `/browse/${encodeURIComponent(loc.issueKey)}`;
  if (!url && loc.target === 'projectPage' && loc.projectKey) url = `/projects/${encodeURIComponent(loc.projectKey)}/apps/campaigns`;
  // Another module of the app (router.navigate({target: 'module', moduleKey, projectKey?})): the planner of a project, the global page.
  if (!url && loc.target === 'module' && loc.moduleKey === 'campaign-planner' && loc.projectKey)
    url = `/projects/${encodeURIComponent(loc.projectKey)}/apps/campaigns`;
  if (!url && loc.target === 'module' && loc.moduleKey === 'campaigns-portfolio') url = '/jira/apps/campaigns';
  if (!url) {
    showFlag(
      {
        id: `nav-${Date.now()}`,
        type: 'warning',
        title: 'Navigation not emulated',
        description: `The local host cannot open target "${loc.target}".`,
        isAutoDismiss: true,
      },
      () => {},
    );
    return;
  }
  if (loc.type === 'new-tab') window.open(url, '_blank', 'noopener');
  else location.assign(url);
}

// Rovo Chat's stand-in opens beside the page, as Rovo's chat panel does (rovo.open() from an app).
function openRovo(url) {
  let drawer = document.getElementById('rovo-drawer');
  if (!drawer) {
    drawer = document.createElement('aside');
    drawer.id = 'rovo-drawer';
    drawer.className = 'rovo-drawer';
    drawer.setAttribute('aria-label', 'Rovo');
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'button button--subtle rovo-drawer__close';
    close.textContent = 'Close';
    close.addEventListener('click', () => drawer.remove());
    const frame = document.createElement('iframe');
    frame.className = 'rovo-drawer__frame';
    frame.title = 'Rovo chat (local stand-in)';
    drawer.append(close, frame);
    document.body.append(drawer);
  }
  drawer.querySelector('iframe').src = url;
}

export function listenToFrames() {
  window.addEventListener('message', (e) => {
    const d = e.data;
    if (e.origin !== location.origin || !d || d.source !== 'forge-local-bridge') return;
    const frame = frameFor(e.source);
    if (!frame) return;
    switch (d.type) {
      case 'resize':
        // A modal's size is its viewportSize; panels grow with their content.
        if (!frame.dataset.modal) frame.style.height = `${Math.max(40, Number(d.height) || 0)}px`;
        break;
      case 'close':
      case 'submit':
        // view.close()/view.submit(): only a modal has something to close; a gadget's edit view submits its configuration.
        if (frame.dataset.modal) frame.dispatchEvent(new CustomEvent('forge-modal', { detail: { type: d.type, payload: d.payload } }));
        else if (frame.dataset.gadget)
          frame.dispatchEvent(new CustomEvent('forge-gadget', { detail: { type: d.type, payload: d.payload } }));
        else if (frame.dataset.macro) frame.dispatchEvent(new CustomEvent('forge-macro', { detail: { type: d.type, payload: d.payload } }));
        break;
      case 'showFlag':
        showFlag(d.flag, (index) =>
          frame.contentWindow.postMessage({ source: 'forge-local-host', type: 'flagAction', id: d.flag.id, index }, location.origin),
        );
        break;
      case 'closeFlag':
        closeFlag(String(d.id));
        break;
      case 'emit':
        broadcast({ type: 'event', event: d.event, payload: d.payload, scope: d.scope });
        break;
      case 'navigate':
        navigate(d.location || {});
        break;
      case 'reload':
        location.reload();
        break;
      case 'openRovo':
        if (typeof d.url === 'string' && d.url.startsWith('/rovo?')) openRovo(d.url);
        break;
      case 'route':
        frame.dispatchEvent(new CustomEvent('forge-route', { detail: { pathname: String(d.pathname || '/') } }));
        break;
    }
  });
}

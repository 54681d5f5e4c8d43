// What every page holding one of the app's full-page modules does on load (project page, global page, dashboard):
// answer the frames, follow the theme, sign in the chosen demo user, then render for them and on every switch.
import { currentTheme, el, loadUsers, pickUser, setupThemeToggle, setupUserSelect } from './common.js';
import { broadcast, registerFrame } from './panels.js';
import { listenToFrames } from './frame-messages.js';

export async function startAppPage(root, render) {
  listenToFrames();
  setupThemeToggle((mode) => broadcast({ type: 'theme', colorMode: mode }));
  let users;
  try {
    users = await loadUsers();
  } catch (e) {
    root.replaceChildren(el('p', { role: 'alert' }, `The local host is not ready: ${e.message || e}`));
    return;
  }
  const user = pickUser(users);
  setupUserSelect(users, user, (next) => void render(next));
  await render(user);
}

/**
 * A Custom UI resource in an iframe, as Jira frames one: the context the bridge reads (module, user, locale, theme,
 * a frame id, and `params` of the surface, such as the project or the gadget), registered to answer its bridge calls.
 */
export function appFrame({ resourceUrl, moduleKey, title, user, params = {}, frameId = `${moduleKey}-${Date.now()}`, attrs }) {
  const src = new URL(resourceUrl, location.origin);
  const q = { moduleKey, accountId: user.accountId, locale: user.locale, theme: currentTheme(), frameId, ...params };
  for (const [k, v] of Object.entries(q)) src.searchParams.set(k, v);
  const frame = el('iframe', { ...attrs, title: `${title} (app)`, src: src.pathname + src.search, 'data-module-key': moduleKey });
  registerFrame(frame);
  return frame;
}

// What every page holding one of the app's full-page modules does on load (project page, global page, dashboard):
// answer the frames, follow the theme, sign in the chosen demo user, then render for them and on every switch.
import { el, loadUsers, pickUser, setupThemeToggle, setupUserSelect } from './common.js';
import { broadcast } from './panels.js';
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

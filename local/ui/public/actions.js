// The issue view's ••• menu of jira:issueAction modules (display conditions evaluated by the host), each opening
// its Custom UI in a modal dialog. `view.close()` / `view.submit()` in the modal arrive as 'forge-modal' events.
import { el } from './common.js';
import { registerFrame } from './panels.js';

const SIZES = { small: '400px', medium: '600px', large: '800px', xlarge: '968px', max: 'calc(100vw - 48px)' };

async function loadActions(issueKey, accountId) {
  const res = await fetch(`/local/issue-actions?${new URLSearchParams({ issueKey, accountId })}`);
  if (!res.ok) throw new Error(`GET /local/issue-actions answered ${res.status}`);
  return res.json();
}

function openModal(action, ctx, opener) {
  const src = new URL(action.resourceUrl, location.origin);
  const q = {
    moduleKey: action.key,
    accountId: ctx.user.accountId,
    issueKey: ctx.issueKey,
    locale: ctx.locale,
    theme: ctx.theme,
    frameId: `${action.key}-modal-${Date.now()}`,
    modal: 'true',
  };
  for (const [k, v] of Object.entries(q)) src.searchParams.set(k, v);
  const frame = el('iframe', {
    class: 'modal__frame',
    title: `${action.title} (app)`,
    src: src.pathname + src.search,
    'data-module-key': action.key,
    'data-modal': 'true',
  });
  registerFrame(frame);
  const closeButton = el('button', { type: 'button', class: 'button button--subtle modal__close', 'aria-label': 'Close' }, '✕');
  const dialog = el(
    'div',
    // Like Jira, the app draws the whole modal (its own title included); the host adds only a way out.
    {
      class: 'modal',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-label': action.title,
      style: `width:${SIZES[action.viewportSize] || SIZES.medium}`,
      tabindex: '-1',
    },
    el('div', { class: 'modal__header' }, closeButton),
    frame,
  );
  const backdrop = el('div', { class: 'modal-backdrop' }, dialog);
  const close = (submitted) => {
    backdrop.remove();
    document.removeEventListener('keydown', onKey);
    opener?.focus();
    if (submitted) ctx.onSubmit?.();
  };
  const onKey = (e) => {
    if (e.key === 'Escape') close(false);
  };
  closeButton.addEventListener('click', () => close(false));
  frame.addEventListener('forge-modal', (e) => close(e.detail.type === 'submit'));
  document.addEventListener('keydown', onKey);
  document.body.append(backdrop);
  dialog.focus();
}

/** The "•••" button and its menu; empty when no action shows on this issue for this user. */
export async function actionsMenu(ctx) {
  let actions;
  try {
    actions = await loadActions(ctx.issueKey, ctx.user.accountId);
  } catch (e) {
    return el('p', { class: 'muted', role: 'alert' }, `Issue actions unavailable: ${e.message || e}`);
  }
  if (actions.length === 0) return el('span');
  const button = el(
    'button',
    {
      type: 'button',
      class: 'button button--subtle actions__button',
      'aria-haspopup': 'menu',
      'aria-expanded': 'false',
      'aria-label': 'More actions',
    },
    '•••',
  );
  const menu = el('ul', { class: 'actions__menu', role: 'menu', hidden: true, 'aria-label': 'More actions' });
  const setOpen = (open) => {
    menu.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) menu.querySelector('[role="menuitem"]')?.focus();
  };
  for (const action of actions) {
    const item = el('button', { type: 'button', role: 'menuitem', class: 'actions__item', 'data-module-key': action.key }, action.title);
    item.addEventListener('click', () => {
      setOpen(false);
      openModal(action, ctx, button);
    });
    menu.append(el('li', { role: 'none' }, item));
  }
  button.addEventListener('click', () => setOpen(menu.hidden));
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      setOpen(false);
      button.focus();
    }
  });
  return el('div', { class: 'actions' }, button, menu);
}

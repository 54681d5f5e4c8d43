// Jira-style flags (bottom-left toasts) shown for apps' showFlag calls.
import { el } from './common.js';

const ICONS = { success: '✓', info: 'i', warning: '!', error: '×' };
const AUTO_DISMISS_MS = 8000;
const shown = new Map();

export function closeFlag(id) {
  const node = shown.get(id);
  if (!node) return;
  shown.delete(id);
  node.remove();
}

/** `onAction(index)` runs the app's action callback back in its iframe. */
export function showFlag(flag, onAction) {
  const id = String(flag.id);
  closeFlag(id);
  const type = ICONS[flag.appearance || flag.type] ? flag.appearance || flag.type : 'info';
  const titleId = `flag-title-${id.replace(/[^A-Za-z0-9_-]/g, '')}`;
  const node = el(
    'div',
    { class: `flag flag--${type}`, role: type === 'error' || type === 'warning' ? 'alert' : 'status', 'aria-labelledby': titleId },
    el('span', { class: 'flag__icon', 'aria-hidden': 'true' }, ICONS[type]),
    el(
      'div',
      { class: 'flag__content' },
      el('p', { class: 'flag__title', id: titleId }, flag.title || ''),
      flag.description ? el('p', { class: 'flag__description' }, flag.description) : null,
      (flag.actions || []).length
        ? el(
            'div',
            { class: 'flag__actions' },
            flag.actions.map((a, i) => el('button', { type: 'button', class: 'link-button', onclick: () => onAction(i) }, a.text)),
          )
        : null,
    ),
    el('button', { type: 'button', class: 'flag__close', 'aria-label': 'Dismiss', onclick: () => closeFlag(id) }, '×'),
  );
  shown.set(id, node);
  document.getElementById('flags').prepend(node);
  if (flag.isAutoDismiss) setTimeout(() => shown.get(id) === node && closeFlag(id), AUTO_DISMISS_MS);
}

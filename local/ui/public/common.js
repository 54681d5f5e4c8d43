// Shared by the host pages: demo users, the acting user, theme, and Jira calls made as that user.
const USER_KEY = 'forge-local.accountId';
const THEME_KEY = 'forge-local.theme';
export const DEFAULT_USER_NAME = 'Camille Martin';

async function getUsers(path) {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`GET ${path} answered ${res.status}`);
  return res.json();
}

/** The demo users; with `?as=` naming someone a test or script added, everyone, so that person can be signed in. */
export async function loadUsers() {
  const users = await getUsers('/local/users');
  const wanted = new URLSearchParams(location.search).get('as');
  return wanted && !users.some((u) => u.accountId === wanted) ? getUsers('/local/users?all=true') : users;
}

/** `?as=` wins, then the last choice, then Camille Martin. */
export function pickUser(users) {
  const wanted = new URLSearchParams(location.search).get('as') || localStorage.getItem(USER_KEY);
  return users.find((u) => u.accountId === wanted) || users.find((u) => u.displayName === DEFAULT_USER_NAME) || users[0];
}

export function rememberUser(accountId) {
  localStorage.setItem(USER_KEY, accountId);
  const url = new URL(location.href);
  url.searchParams.set('as', accountId);
  history.replaceState(null, '', url);
}

export function setupUserSelect(users, current, onChange) {
  const select = document.getElementById('user-select');
  select.replaceChildren(
    ...users.map((u) => {
      const o = new Option(`${u.displayName} — ${u.role}`, u.accountId);
      o.selected = u.accountId === current.accountId;
      return o;
    }),
  );
  select.addEventListener('change', () => {
    const user = users.find((u) => u.accountId === select.value);
    if (!user) return;
    rememberUser(user.accountId);
    onChange(user);
  });
}

export function currentTheme() {
  return localStorage.getItem(THEME_KEY) === 'dark' ? 'dark' : 'light';
}

export function setupThemeToggle(onChange) {
  const button = document.getElementById('theme-toggle');
  const apply = (mode) => {
    document.documentElement.setAttribute('data-color-mode', mode);
    button.setAttribute('aria-pressed', String(mode === 'dark'));
  };
  apply(currentTheme());
  button.addEventListener('click', () => {
    const next = currentTheme() === 'dark' ? 'light' : 'dark';
    localStorage.setItem(THEME_KEY, next);
    apply(next);
    onChange?.(next);
  });
}

/** A Jira REST call as `accountId`, through the host's bridge endpoint. Resolves to {status, body}. */
export async function jira(accountId, restPath, init = {}) {
  const res = await fetch('/local/bridge/fetch-product', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      accountId,
      product: 'jira',
      restPath,
      fetchRequestInit: { method: 'GET', headers: { Accept: 'application/json' }, ...init },
    }),
  });
  if (!res.ok) throw new Error(`POST /local/bridge/fetch-product answered ${res.status}`);
  const answer = await res.json();
  let body;
  try {
    body = answer.body ? JSON.parse(answer.body) : undefined;
  } catch {
    body = answer.body;
  }
  return { status: answer.status, body };
}

export const jiraErrorMessage = (body, fallback) =>
  (body && Array.isArray(body.errorMessages) && body.errorMessages[0]) ||
  (body && body.errors && Object.values(body.errors)[0]) ||
  fallback;

/** `el('p', {class: 'x'}, 'text', child)`; strings become text nodes, never HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== undefined && c !== null && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

export function avatar(user, size = 24) {
  const name = (user && user.displayName) || '?';
  const initials = name
    .split(/\s+/)
    .map((w) => w[0])
    .join('')
    .slice(0, 2)
    .toUpperCase();
  // FNV-1a: stable colour per account, spread better than a plain string sum.
  let hash = 2166136261;
  for (const ch of (user && user.accountId) || name) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  const hues = ['#0C66E4', '#1F845A', '#6E5DC6', '#C9372C', '#B65C02', '#0E7C86', '#AE4787'];
  return el('span', { class: 'avatar', style: `--size:${size}px;background:${hues[hash % hues.length]}`, 'aria-hidden': 'true' }, initials);
}

export function formatDateTime(iso, locale) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function formatDay(isoDate, locale) {
  const d = new Date(`${String(isoDate).slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
}

/** A module's title in the user's language (`titles` by Forge locale code, from the manifest's translations). */
export function titleFor(module, locale) {
  const tag = String(locale || '').replace('_', '-');
  const titles = module.titles || {};
  const code =
    Object.keys(titles).find((c) => c.toLowerCase() === tag.toLowerCase()) ??
    Object.keys(titles).find((c) => c.slice(0, 2) === tag.slice(0, 2));
  return (code && titles[code]) || module.title;
}

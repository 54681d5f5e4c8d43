// The host's home page: the demo issues the selected user can see, with links to their issue views.
import { el, jira, jiraErrorMessage, loadUsers, pickUser, setupThemeToggle, setupUserSelect } from './common.js';

const list = document.getElementById('issue-list');

function statusLozenge(status) {
  const key = status && status.statusCategory && status.statusCategory.key;
  const cls = key === 'done' ? 'lozenge--done' : key === 'indeterminate' ? 'lozenge--progress' : 'lozenge--todo';
  return el('span', { class: `lozenge ${cls}` }, (status && status.name) || '');
}

async function renderList(user) {
  list.setAttribute('aria-busy', 'true');
  let result;
  try {
    result = await jira(user.accountId, '/rest/api/3/search/jql', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        jql: 'project = MKT ORDER BY key ASC',
        fields: ['summary', 'status', 'issuetype', 'assignee'],
        maxResults: 100,
      }),
    });
  } catch (e) {
    result = { status: 0, body: { errorMessages: [String(e.message || e)] } };
  }
  list.removeAttribute('aria-busy');
  const issues = (result.status === 200 && result.body.issues) || [];
  if (issues.length === 0) {
    const why =
      result.status === 200
        ? `${user.displayName} cannot see any MKT issues.`
        : jiraErrorMessage(result.body, `Search failed (${result.status}).`);
    list.replaceChildren(
      el('p', { class: 'muted' }, why, ' ', el('a', { href: `/browse/MKT-1?as=${encodeURIComponent(user.accountId)}` }, 'Open MKT-1')),
    );
    return;
  }
  const rows = issues.map((i) =>
    el(
      'tr',
      {},
      el('td', {}, el('a', { href: `/browse/${encodeURIComponent(i.key)}?as=${encodeURIComponent(user.accountId)}` }, i.key)),
      el('td', {}, i.fields.summary),
      el('td', {}, (i.fields.issuetype && i.fields.issuetype.name) || ''),
      el('td', {}, statusLozenge(i.fields.status)),
      el('td', {}, (i.fields.assignee && i.fields.assignee.displayName) || el('span', { class: 'muted' }, 'Unassigned')),
    ),
  );
  const head = el(
    'tr',
    {},
    ['Key', 'Summary', 'Type', 'Status', 'Assignee'].map((h) => el('th', { scope: 'col' }, h)),
  );
  list.replaceChildren(el('table', { class: 'issue-table' }, el('thead', {}, head), el('tbody', {}, rows)));
}

async function start() {
  setupThemeToggle();
  let users;
  try {
    users = await loadUsers();
  } catch (e) {
    list.replaceChildren(el('p', { role: 'alert' }, `The local host is not ready: ${e.message || e}`));
    return;
  }
  const user = pickUser(users);
  setupUserSelect(users, user, (next) => void renderList(next));
  await renderList(user);
}

void start();

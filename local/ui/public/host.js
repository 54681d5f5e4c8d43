// The local issue view (/browse/KEY): Jira fields read as the selected user, and the app's issue panels in iframes.
import {
  avatar,
  currentTheme,
  el,
  formatDateTime,
  formatDay,
  jira,
  jiraErrorMessage,
  loadUsers,
  pickUser,
  setupThemeToggle,
  setupUserSelect,
} from './common.js';
import { renderAdf } from './adf.js';
import { appsSection, broadcast } from './panels.js';
import { listenToFrames } from './frame-messages.js';
import { actionsMenu } from './actions.js';

const issueKey = document.body.dataset.issueKey;
const FIELDS = 'summary,description,status,assignee,reporter,duedate,labels,parent,issuetype,priority,created,updated';
const root = document.getElementById('issue');
let user;
let renderToken = 0;

const localeTag = (u) => (u.locale || 'en_US').replace('_', '-');

function person(p) {
  if (!p) return el('span', { class: 'muted' }, 'Unassigned');
  return el('span', { class: 'person' }, avatar(p), p.displayName);
}

function lozenge(status) {
  const key = status && status.statusCategory && status.statusCategory.key;
  const cls = key === 'done' ? 'lozenge--done' : key === 'indeterminate' ? 'lozenge--progress' : 'lozenge--todo';
  return el('span', { class: `lozenge ${cls}` }, (status && status.name) || 'Unknown');
}

function field(label, value) {
  return [el('dt', {}, label), el('dd', {}, value)];
}

function details(f, locale) {
  const none = el('span', { class: 'muted' }, 'None');
  const labels = (f.labels || []).length
    ? el(
        'ul',
        { class: 'labels', 'aria-label': 'Labels' },
        f.labels.map((l) => el('li', { class: 'label' }, l)),
      )
    : none.cloneNode(true);
  const parent = f.parent
    ? el(
        'a',
        { href: `/browse/${encodeURIComponent(f.parent.key)}` },
        `${f.parent.key} ${(f.parent.fields && f.parent.fields.summary) || ''}`,
      )
    : none.cloneNode(true);
  return el(
    'aside',
    { class: 'issue-side', 'aria-label': 'Issue details' },
    el('div', { class: 'status-row' }, lozenge(f.status)),
    el(
      'section',
      { class: 'details', 'aria-labelledby': 'details-heading' },
      el('h2', { id: 'details-heading', class: 'details__heading' }, 'Details'),
      el(
        'dl',
        { class: 'fields' },
        field('Assignee', person(f.assignee)),
        field('Reporter', person(f.reporter)),
        field('Due date', f.duedate ? el('time', { datetime: f.duedate }, formatDay(f.duedate, locale)) : none.cloneNode(true)),
        field('Labels', labels),
        field('Parent', parent),
        f.priority ? field('Priority', f.priority.name) : [],
      ),
    ),
    el(
      'p',
      { class: 'timestamps' },
      f.created ? `Created ${formatDateTime(f.created, locale)}` : '',
      f.updated ? el('br') : null,
      f.updated ? `Updated ${formatDateTime(f.updated, locale)}` : '',
    ),
  );
}

function comments(result, locale) {
  const list = (result.body && result.body.comments) || [];
  const items =
    result.status !== 200
      ? [el('p', { class: 'muted' }, jiraErrorMessage(result.body, `Comments unavailable (${result.status}).`))]
      : list.length === 0
        ? [el('p', { class: 'muted' }, 'No comments yet.')]
        : list.map((c) =>
            el(
              'article',
              { class: 'comment' },
              avatar(c.author, 32),
              el(
                'div',
                { class: 'comment__main' },
                el(
                  'p',
                  { class: 'comment__meta' },
                  el('strong', {}, (c.author && c.author.displayName) || 'Someone'),
                  ' ',
                  el('time', { datetime: c.created, class: 'muted' }, formatDateTime(c.created, locale)),
                ),
                renderAdf(c.body),
              ),
            ),
          );
  return el(
    'section',
    { class: 'activity', 'aria-labelledby': 'activity-heading' },
    el('h2', { id: 'activity-heading' }, 'Comments'),
    items,
  );
}

function notVisible(result) {
  const message = jiraErrorMessage(result.body, `Jira answered ${result.status}.`);
  return el(
    'section',
    { class: 'empty-page', role: 'alert' },
    el('h1', {}, result.status === 404 ? 'This issue can’t be found' : 'Something went wrong'),
    el('p', {}, message),
    el('p', { class: 'muted' }, `Signed in as ${user.displayName}. Try another user from the switcher above.`),
  );
}

async function renderIssue() {
  const token = ++renderToken;
  root.setAttribute('aria-busy', 'true');
  const locale = localeTag(user);
  const path = `/rest/api/3/issue/${encodeURIComponent(issueKey)}`;
  let issue;
  let comment;
  try {
    [issue, comment] = await Promise.all([
      jira(user.accountId, `${path}?fields=${FIELDS}`),
      jira(user.accountId, `${path}/comment?orderBy=created`),
    ]);
  } catch (e) {
    issue = { status: 0, body: { errorMessages: [String(e.message || e)] } };
  }
  if (token !== renderToken) return;
  root.removeAttribute('aria-busy');
  const crumb = document.getElementById('breadcrumb-parent');
  if (issue.status !== 200) {
    crumb.hidden = true;
    root.replaceChildren(notVisible(issue));
    return;
  }
  const f = issue.body.fields || {};
  document.title = `[${issue.body.key}] ${f.summary} - Jira (local)`;
  if (f.parent) {
    crumb.hidden = false;
    crumb.replaceChildren(
      el('a', { href: `/browse/${encodeURIComponent(f.parent.key)}` }, f.parent.key),
      el('span', { 'aria-hidden': 'true' }, '/'),
    );
  }
  const main = el(
    'div',
    { class: 'issue-main' },
    el('p', { class: 'issue-type' }, (f.issuetype && f.issuetype.name) || 'Issue', ' · ', issue.body.key),
    el(
      'div',
      { class: 'issue-header' },
      el('h1', { id: 'issue-summary', class: 'issue-summary' }, f.summary || ''),
      await actionsMenu({ user, issueKey: issue.body.key, locale: user.locale, theme: currentTheme(), onSubmit: () => void renderIssue() }),
    ),
    el(
      'section',
      { class: 'description', 'aria-labelledby': 'description-heading' },
      el('h2', { id: 'description-heading' }, 'Description'),
      renderAdf(f.description) || el('p', { class: 'muted' }, 'Add a description…'),
    ),
    await appsSection({ user, issueKey: issue.body.key, locale: user.locale, theme: currentTheme() }),
    comments(comment, locale),
  );
  if (token !== renderToken) return;
  root.replaceChildren(main, details(f, locale));
}

listenToFrames();

async function start() {
  let users;
  try {
    users = await loadUsers();
  } catch (e) {
    root.replaceChildren(
      el(
        'section',
        { class: 'empty-page', role: 'alert' },
        el('h1', {}, 'The local host is not ready'),
        el('p', {}, String(e.message || e)),
      ),
    );
    return;
  }
  user = pickUser(users);
  setupUserSelect(users, user, (next) => {
    user = next;
    void renderIssue();
  });
  setupThemeToggle((mode) => broadcast({ type: 'theme', colorMode: mode }));
  await renderIssue();
}

void start();

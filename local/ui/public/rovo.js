// Rovo Chat's local stand-in: lists the agent and its actions, sends messages to the scripted model
// (POST /local/rovo/chat) and shows the transcript: the question, each action with its inputs and answer, the reply.
const query = new URLSearchParams(location.search);
const agentKey = query.get('agentKey') || undefined;
const accountId = query.get('accountId') || '';
const issueKey = query.get('issueKey') || undefined;

const el = (tag, className, text) => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};
const json = (value) => el('pre', 'rovo-chat__json', JSON.stringify(value, null, 2));

function showExchange(x) {
  const item = el('li', 'rovo-chat__exchange');
  item.append(el('p', 'rovo-chat__question', x.question));
  for (const c of x.calls) {
    const call = el('div', 'rovo-chat__call');
    call.dataset.action = c.action;
    call.append(el('p', 'rovo-chat__call-name', `${c.actionVerb} ${c.action}`), json(c.inputs), json(c.answer));
    item.append(call);
  }
  item.append(el('p', 'rovo-chat__reply', x.reply));
  document.getElementById('rovo-transcript').append(item);
}

async function send(message) {
  const status = document.getElementById('rovo-status');
  status.textContent = 'Thinking…';
  const res = await fetch('/local/rovo/chat', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ accountId, message, agentKey, context: issueKey ? { issueKey } : {} }),
  });
  const body = await res.json();
  if (!res.ok) {
    status.textContent = (body && body.error && body.error.message) || `The chat answered ${res.status}`;
    return;
  }
  status.textContent = '';
  showExchange(body);
}

async function main() {
  const state = await (await fetch('/local/rovo')).json();
  const agent = state.agents.find((a) => a.key === agentKey) || state.agents[0];
  const main = document.querySelector('.rovo-chat');
  main.removeAttribute('aria-busy');
  if (!state.enabled || !agent) {
    document.getElementById('rovo-status').textContent = state.enabled ? 'The app has no agent.' : 'Rovo is off on this site.';
    document.getElementById('rovo-form').hidden = true;
    return;
  }
  document.getElementById('rovo-agent-name').textContent = agent.name;
  const actions = document.getElementById('rovo-actions');
  for (const a of agent.actions) {
    const item = el('li', '', '');
    item.append(el('strong', '', `${a.name} `), el('code', '', `${a.actionVerb} ${a.key}`), el('p', 'small', a.description));
    actions.append(item);
  }
  const message = document.getElementById('rovo-message');
  message.value = query.get('prompt') || '';
  const starters = document.getElementById('rovo-starters');
  for (const s of agent.conversationStarters) {
    const b = el('button', 'button button--subtle', s);
    b.type = 'button';
    b.addEventListener('click', () => {
      message.value = s;
      message.focus();
    });
    const li = el('li');
    li.append(b);
    starters.append(li);
  }
  for (const x of state.transcript.filter((t) => t.accountId === accountId)) showExchange(x);
  document.getElementById('rovo-form').addEventListener('submit', (e) => {
    e.preventDefault();
    if (message.value.trim()) void send(message.value.trim());
  });
}

void main();

import { startTestHost, type TestHost } from '../../support/host';
import { ALEX, CAMILLE, SAM } from '../../../local/identity/demo-users';
import { conditionsHold, DisplayConditions } from '../../../local/forge/issue-actions/display-conditions';

describe('display conditions of issue modules', () => {
  const campaignOnly = DisplayConditions.parse({
    entityPropertyContainsAny: { entity: 'issue', propertyKey: 'campaignControlRow', objectName: 'kind', value: ['epic', 'milestone'] },
  });

  it('entityPropertyContainsAny reads the property at objectName', () => {
    expect(conditionsHold(campaignOnly, { campaignControlRow: { kind: 'milestone' } })).toBe(true);
    expect(conditionsHold(campaignOnly, { campaignControlRow: { kind: 'task' } })).toBe(false);
    expect(conditionsHold(campaignOnly, {})).toBe(false);
  });

  it('entityPropertyExists and entityPropertyEqualTo, all conditions together', () => {
    const both = DisplayConditions.parse({
      entityPropertyExists: { entity: 'issue', propertyKey: 'a' },
      entityPropertyEqualTo: { entity: 'issue', propertyKey: 'b', objectName: 'x.y', value: 'on' },
    });
    expect(conditionsHold(both, { a: 1, b: { x: { y: 'on' } } })).toBe(true);
    expect(conditionsHold(both, { b: { x: { y: 'on' } } })).toBe(false);
    expect(conditionsHold(both, { a: 1, b: { x: { y: 'off' } } })).toBe(false);
  });

  it('refuses conditions the host cannot evaluate', () => {
    expect(DisplayConditions.safeParse({ canCreateChildren: true }).success).toBe(false);
  });
});

describe('GET /local/issue-actions and the LLM stand-in endpoints', () => {
  let th: TestHost;
  beforeAll(async () => {
    th = await startTestHost();
  });
  afterAll(() => th.close());

  const newIssue = async (summary: string): Promise<string> => {
    const res = await th.call(CAMILLE.email, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'MKT' }, issuetype: { name: 'Task' }, summary },
    });
    expect(res.status).toBe(201);
    return res.body.key;
  };
  const actions = async (issueKey: string, accountId = CAMILLE.accountId): Promise<unknown> =>
    (await th.call(null, 'GET', `/local/issue-actions?issueKey=${issueKey}&accountId=${encodeURIComponent(accountId)}`)).body;

  it('lists "Break down goal" only on issues whose row property says epic or milestone, and only to people who see them', async () => {
    const milestone = await newIssue('A milestone');
    const task = await newIssue('A task');
    const plain = await newIssue('Not from the app');
    const setRow = (key: string, kind: string) =>
      th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${key}/properties/campaignControlRow`, {
        requestId: 'req-local-01',
        rowId: kind,
        kind,
      });
    expect((await setRow(milestone, 'milestone')).status).toBeLessThan(300);
    expect((await setRow(task, 'task')).status).toBeLessThan(300);

    // The menu item is the manifest's translated title, in the user's language (Camille: fr_FR, Alex: en_US).
    expect(await actions(milestone, ALEX.accountId)).toMatchObject([{ key: 'breakdown-action', title: 'Break down goal' }]);
    expect(await actions(milestone)).toEqual([
      {
        key: 'breakdown-action',
        title: 'Découper l’objectif',
        resource: 'breakdown',
        resourceUrl: '/static/breakdown/',
        viewportSize: 'large',
      },
    ]);
    expect(await actions(task)).toEqual([]);
    expect(await actions(plain)).toEqual([]);
    expect(await actions(milestone, SAM.accountId)).toEqual([]);
    const bad = await th.call(null, 'GET', '/local/issue-actions?issueKey=nope&accountId=x');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^issueKey: /);
  });

  it('scripts the LLM stand-in over HTTP, refusing a bad script by its field', async () => {
    expect((await th.call(null, 'GET', '/local/llm')).body).toMatchObject({ available: false });
    const on = await th.call(null, 'POST', '/local/llm', { available: true, replies: ['{"tasks":[]}'] });
    expect(on.body).toMatchObject({ available: true, pendingReplies: 1 });
    const bad = await th.call(null, 'POST', '/local/llm', { available: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^available: /);
    const res = await th.host.llm.answer('https://llm', { method: 'GET' });
    expect(await res.json()).toEqual({ models: [{ model: 'claude-local-stand-in', status: 'active' }] });
    th.host.llm.script({ available: false });
    expect((await th.host.llm.answer('https://llm', { method: 'GET' })).status).toBe(403);
  });
});

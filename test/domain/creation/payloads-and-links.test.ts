import { epicPayload, missingRowPayloads, rowPayload } from '../../../src/domain/creation/issue-payloads';
import { diffLinks, plannedLinks } from '../../../src/domain/creation/links';
import { readExisting, FoundIssue } from '../../../src/domain/creation/existing-issues';
import { smallPlan } from './plan-literal';

const FIELDS = { plannedCost: 'customfield_1', campaignBudget: 'customfield_2', campaignKpis: 'customfield_3' };

describe('issue payloads', () => {
  const plan = smallPlan();
  it('builds the epic with labels, due date at the latest row, budget, KPIs, ADF description and its row property', () => {
    const epic = epicPayload(plan, 'req-00000001', FIELDS);
    expect(epic.fields).toMatchObject({
      project: { key: 'MKT' },
      issuetype: { name: 'Epic' },
      summary: 'Atelier Pro',
      duedate: '2026-12-15',
      labels: ['campaign-atelier-pro', 'campaign'],
      customfield_2: { amount: 20000, currency: 'EUR' },
      customfield_3: { items: [{ id: 'leads', name: 'Leads', unit: 'count', target: 300, direction: 'higher_is_better' }] },
    });
    expect(epic.fields.description).toMatchObject({ type: 'doc', version: 1 });
    expect(JSON.stringify(epic.fields.description)).toContain('Date de lancement\u202f: 1er décembre 2026');
    expect(epic.properties).toEqual([
      { key: 'campaignControlRow', value: { requestId: 'req-00000001', rowId: 'epic', kind: 'epic' } },
      // The campaign's audiences and channels, indexed so JQL finds them (none in this plan).
      { key: 'campaignTargeting', value: { audiences: [], channels: [] } },
    ]);
  });
  it('leaves out fields that are not installed', () => {
    const epic = epicPayload(plan, 'req-00000001', {});
    expect(Object.keys(epic.fields).filter((k) => k.startsWith('customfield_'))).toEqual([]);
  });
  it('builds a task under the epic with assignee, planned cost and its milestone in the property', () => {
    const visuals = rowPayload(plan, plan.rows[3]!, 'req-00000001', 'MKT-40', FIELDS);
    expect(visuals.details.fields).toMatchObject({
      issuetype: { name: 'Task' },
      parent: { key: 'MKT-40' },
      duedate: '2026-11-09',
      assignee: { accountId: 'acc-noah' },
    });
    expect(visuals.details.fields.customfield_1).toBeUndefined(); // no planned cost on this row
    expect(rowPayload(plan, plan.rows[2]!, 'r', 'MKT-40', FIELDS).details.fields.customfield_1).toBe(1200);
    expect(visuals.details.properties[0].value).toEqual({
      requestId: 'req-00000001',
      rowId: 'visuals',
      kind: 'task',
      milestoneRowId: 'creative-final',
    });
    const milestone = rowPayload(plan, plan.rows[0]!, 'r', 'MKT-40', FIELDS);
    expect(milestone.details.fields.issuetype).toEqual({ name: 'Milestone' });
    expect(milestone.details.fields.assignee).toBeUndefined();
  });
  it('lists only the rows not created yet, milestones first', () => {
    const missing = missingRowPayloads(plan, 'r', 'MKT-40', FIELDS, new Set(['epic', 'copy', 'creative-final']));
    expect(missing.map((m) => m.rowId)).toEqual(['go-live', 'visuals', 'landing']);
  });
});

describe('links', () => {
  const plan = smallPlan();
  it('plans task → milestone and predecessor → successor "Blocks" links', () => {
    expect(
      plannedLinks(plan)
        .map((l) => `${l.fromRowId}>${l.toRowId}`)
        .sort(),
    ).toEqual(['copy>creative-final', 'copy>visuals', 'landing>go-live', 'visuals>creative-final']);
  });
  it('finds what is missing, what exists and what cannot be linked yet', () => {
    const keys = { epic: 'MKT-1', 'creative-final': 'MKT-2', copy: 'MKT-3', visuals: 'MKT-4', 'go-live': 'MKT-5' }; // landing failed
    const diff = diffLinks(plannedLinks(plan), keys, [
      { type: 'Blocks', fromKey: 'MKT-3', toKey: 'MKT-2' },
      { type: 'Blocks', fromKey: 'MKT-4', toKey: 'MKT-3' }, // the wrong way round: does not count
    ]);
    expect(diff.existingCount).toBe(1);
    expect(diff.missing.map((l) => `${l.fromKey}>${l.toKey}`).sort()).toEqual(['MKT-3>MKT-4', 'MKT-4>MKT-2']);
    expect(diff.blocked.map((l) => l.fromRowId)).toEqual(['landing']);
  });
});

describe('readExisting', () => {
  const found = (id: number, key: string, property: unknown, issuelinks: unknown[] = []): FoundIssue =>
    FoundIssue.parse({ id: String(id), key, fields: { issuelinks }, properties: { campaignControlRow: property } });
  it('maps rows by their property, ignores other requests, keeps the oldest of a duplicated row and reads link direction', () => {
    const out = readExisting('req-1', [
      found(12, 'MKT-12', { requestId: 'req-1', rowId: 'copy', kind: 'task', milestoneRowId: 'creative-final' }, [
        { id: '1', type: { name: 'Blocks' }, outwardIssue: { key: 'MKT-11' } },
        { id: '2', type: { name: 'Blocks' }, inwardIssue: { key: 'MKT-13' } },
      ]),
      found(11, 'MKT-11', { requestId: 'req-1', rowId: 'creative-final', kind: 'milestone' }),
      found(14, 'MKT-14', { requestId: 'req-1', rowId: 'copy', kind: 'task' }),
      found(15, 'MKT-15', { requestId: 'req-2', rowId: 'go-live', kind: 'milestone' }),
      found(16, 'MKT-16', 'not a row property'),
    ]);
    expect(out.keyByRow).toEqual({ copy: 'MKT-12', 'creative-final': 'MKT-11' });
    expect(out.duplicates).toEqual(['MKT-14']);
    expect(out.links).toEqual([
      { type: 'Blocks', fromKey: 'MKT-12', toKey: 'MKT-11' },
      { type: 'Blocks', fromKey: 'MKT-13', toKey: 'MKT-12' },
    ]);
  });
});

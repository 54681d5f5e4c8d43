import { DomainError } from '../../../src/domain/errors';
import { buildCampaignPanel } from '../../../src/domain/metrics';
import { CampaignSnapshot } from '../../../src/domain/model';
import { KEYS, plan, record, snapshot } from './fixtures';
import { panelInput } from './panel-input';

const failure = (fn: () => unknown): DomainError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected an DomainError');
};

describe('buildCampaignPanel', () => {
  it('on the epic: the whole campaign, no own gate, refresh facts passed through', () => {
    const panel = buildCampaignPanel(panelInput({ refresh: 'incremental', dataAsOf: '2026-11-24T07:59:00.000Z' }));
    expect(panel).toMatchObject({
      mode: 'epic',
      issueKey: KEYS.epic,
      campaign: {
        epicKey: KEYS.epic,
        name: 'Atelier Pro',
        launchDate: '2026-12-01',
        budget: { amount: 10000, currency: 'EUR' },
        issueCount: 7,
      },
      ownGate: null,
      ownMilestoneKey: null,
      refresh: 'incremental',
      dataAsOf: '2026-11-24T07:59:00.000Z',
    });
    expect(panel.milestones.map((m) => m.key)).toEqual([KEYS.creative, KEYS.launch]);
    expect(panel.gates.map((g) => g.gateId)).toEqual(['legal', 'go-live']);
    expect(panel.kpis.map((k) => k.kpiId)).toEqual(['leads', 'cpl']);
  });

  it('takes the campaign name from the epic in Jira (it may have been renamed)', () => {
    const snap = snapshot({ epic: { summary: 'Atelier Pro — printemps' } });
    expect(buildCampaignPanel(panelInput({ snapshot: snap })).campaign.name).toBe('Atelier Pro — printemps');
  });

  it('in compact mode on a task: the same campaign data plus the gate of the task’s milestone', () => {
    const epic = buildCampaignPanel(panelInput());
    const task = buildCampaignPanel(panelInput({ issueKey: KEYS.design }));
    expect(task).toMatchObject({
      mode: 'compact',
      issueKey: KEYS.design,
      ownMilestoneKey: KEYS.creative,
      ownGate: { gateId: 'legal', milestoneKey: KEYS.creative },
    });
    expect({ ...task, mode: 'epic', issueKey: KEYS.epic, ownGate: null, ownMilestoneKey: null }).toEqual(epic);
  });

  it('in compact mode on an issue under the epic that is not campaign work (a Risk issue): the campaign, no milestone', () => {
    expect(buildCampaignPanel({ ...panelInput({ issueKey: 'MKT-999' }), underEpic: true })).toMatchObject({
      mode: 'compact',
      issueKey: 'MKT-999',
      ownMilestoneKey: null,
      ownGate: null,
    });
  });

  it('in compact mode on a milestone: its own gate', () => {
    expect(buildCampaignPanel(panelInput({ issueKey: KEYS.launch }))).toMatchObject({
      ownMilestoneKey: KEYS.launch,
      ownGate: { gateId: 'go-live', state: 'waiting' },
    });
  });

  it('has no own gate when the milestone has none', () => {
    const p = plan({ gates: [plan().gates[0]!] });
    expect(buildCampaignPanel(panelInput({ record: record(p), issueKey: KEYS.ads }))).toMatchObject({
      ownMilestoneKey: KEYS.launch,
      ownGate: null,
    });
  });

  it('finds the milestone from the plan for an issue the roll-up has not seen yet', () => {
    const snap = snapshot();
    const issues = Object.fromEntries(Object.entries(snap.issues).filter(([, i]) => i.key !== KEYS.email));
    const lagging = CampaignSnapshot.parse({ ...snap, issues });
    expect(buildCampaignPanel(panelInput({ snapshot: lagging, issueKey: KEYS.email }))).toMatchObject({
      mode: 'compact',
      ownMilestoneKey: KEYS.launch,
      ownGate: { gateId: 'go-live' },
    });
  });

  it('refuses an issue outside the campaign and bad input, naming the field', () => {
    expect(failure(() => buildCampaignPanel(panelInput({ issueKey: 'MKT-99' })))).toMatchObject({ code: 'NOT_FOUND', field: 'issueKey' });
    expect(failure(() => buildCampaignPanel(panelInput({ issueKey: 'not a key' })))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'issueKey',
    });
    const badDay = failure(() => buildCampaignPanel(panelInput({ today: '2026-02-30' })));
    expect(badDay).toMatchObject({ code: 'INVALID_INPUT', field: 'today' });
    expect(badDay.message).toMatch(/^today: /);
    expect(failure(() => buildCampaignPanel(panelInput({ snapshot: { ...snapshot(), epicKey: 'MKT-50' } })))).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'snapshot.epicKey',
    });
  });

  it('is deterministic: the same input gives the same panel; the seed only moves the forecast', () => {
    expect(buildCampaignPanel(panelInput())).toEqual(buildCampaignPanel(panelInput()));
    const a = buildCampaignPanel(panelInput({ seed: 1, today: '2026-11-10' }));
    const b = buildCampaignPanel(panelInput({ seed: 2, today: '2026-11-10' }));
    expect({ ...a, milestones: [] }).toEqual({ ...b, milestones: [] });
  });
});

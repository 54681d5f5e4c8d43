import { getPortfolio, MAX_PROJECT_LOOKUPS, type GetPortfolioPorts } from '../../../src/usecases/portfolio/get-portfolio';
import { indexEntryOf, type PortfolioIndexEntry, type PortfolioRollup } from '../../../src/domain/portfolio/rollup';
import type { VisibleProjects } from '../../../src/usecases/ports/portfolio-store';
import { wordReason } from '../../../src/wording/catalog/health';
import { reportFormatters } from '../../../src/domain/report/format';

const NOW = Date.parse('2026-11-24T10:00:00.000Z');

function rollup(
  epicKey: string,
  projectKey: string,
  projectId: string | undefined,
  amount: number,
  currency: string,
  over: Partial<PortfolioRollup> = {},
): PortfolioRollup {
  return {
    epicKey,
    name: `Campaign ${epicKey}`,
    projectKey,
    ...(projectId ? { projectId } : {}),
    ownerAccountId: 'acc-camille',
    ownerName: 'Camille Martin',
    health: { level: 'at_risk', reasons: [{ code: 'budget_80', severity: 'at_risk', params: { spent: 0.84 } }] },
    firstWorkDate: '2026-10-01',
    launchDate: '2026-12-01',
    forecastP85: '2026-12-03',
    budget: { amount, currency },
    actual: amount / 2,
    eac: amount * 1.1,
    signoff: { approved: 1, total: 3, late: 1 },
    kpiAttainment: 0.5,
    milestones: [{ name: 'Launch', dueDate: '2026-12-01' }],
    snapshotVersion: 3,
    updatedAt: '2026-11-24T09:00:00.000Z',
    ...over,
  };
}

/** In-memory storage and a Jira that answers from `browsable` (project ids) and `ids` (key → id), counting its calls. */
function portsOf(rollups: PortfolioRollup[], browsable: string[], ids: Record<string, string> = {}) {
  const entries = new Map<string, PortfolioIndexEntry>(rollups.map((r) => [r.epicKey, indexEntryOf(r)]));
  const calls = { checks: [] as string[][], lookups: [] as string[], rowsAsked: [] as string[][] };
  let cached: VisibleProjects | undefined;
  let now = NOW;
  const ports: GetPortfolioPorts = {
    portfolio: {
      index: async () => [...entries.values()],
      rows: async (keys) => {
        calls.rowsAsked.push([...keys]);
        return rollups.filter((r) => keys.includes(r.projectKey));
      },
      learnProjectIds: async (list, learned) => {
        for (const e of list) {
          const id = learned.get(e.projectKey);
          if (id) entries.set(e.epicKey, { ...e, projectId: id });
        }
      },
    },
    visibility: {
      browsable: async (asked) => {
        calls.checks.push([...asked]);
        return new Set(asked.filter((id) => browsable.includes(id)));
      },
      projectId: async (key) => {
        calls.lookups.push(key);
        const id = ids[key];
        return id !== undefined && browsable.includes(id) ? id : undefined;
      },
    },
    visibleCache: { get: async () => cached, set: async (_, v) => void (cached = v) },
    clock: { now: () => new Date(now) },
  };
  return { ports, calls, entries, advance: (ms: number) => (now += ms) };
}

const USER = { accountId: 'acc-ines', locale: 'fr_FR' };

describe('getPortfolio', () => {
  const three = [
    rollup('MKT-1', 'MKT', '10000', 100000, 'EUR'),
    rollup('MKT-9', 'MKT', '10000', 50000, 'EUR', { eac: null, launchDate: '2026-11-30' }),
    rollup('EVT-1', 'EVT', '10001', 80000, 'USD'),
    rollup('SEC-1', 'SEC', '10002', 1000000, 'EUR'),
  ];

  it('totals per currency, never across currencies, a campaign without an EAC at its budget', async () => {
    const { ports } = portsOf(three, ['10000', '10001']);
    const view = await getPortfolio({}, USER, ports);
    expect(view.totals).toEqual([
      { currency: 'EUR', budget: 150000, actual: 75000, eac: 110000 + 50000, variance: 150000 - 160000, campaigns: 2 },
      { currency: 'USD', budget: 80000, actual: 40000, eac: 88000, variance: 80000 - 88000, campaigns: 1 },
    ]);
    // By launch, then by key.
    expect(view.campaigns.map((c) => c.campaignKey)).toEqual(['MKT-9', 'EVT-1', 'MKT-1']);
    expect(view.campaigns.find((c) => c.campaignKey === 'MKT-9')?.variance).toBeNull();
    expect(view.visibleProjects).toEqual(['EVT', 'MKT']);
  });

  it('shows only the projects Jira says the user may browse, asked once for all of them, and never reads the others', async () => {
    const { ports, calls } = portsOf(three, ['10001']);
    const view = await getPortfolio({ projectKeys: ['MKT', 'EVT', 'SEC'] }, USER, ports);
    expect(view.campaigns.map((c) => c.campaignKey)).toEqual(['EVT-1']);
    expect(calls.checks).toEqual([['10000', '10001', '10002']]);
    expect(calls.rowsAsked).toEqual([['EVT']]);
  });

  it('narrows to the projects asked and never widens past them', async () => {
    const { ports, calls } = portsOf(three, ['10000', '10001', '10002']);
    const view = await getPortfolio({ projectKeys: ['EVT'] }, USER, ports);
    expect(view.campaigns.map((c) => c.campaignKey)).toEqual(['EVT-1']);
    expect(calls.checks).toEqual([['10001']]);
  });

  it('reuses the permission answer for a minute, and asks again after it, on refresh, or for a project it did not ask about', async () => {
    const { ports, calls, advance } = portsOf(three, ['10000', '10001']);
    await getPortfolio({ projectKeys: ['MKT'] }, USER, ports);
    await getPortfolio({ projectKeys: ['MKT'] }, USER, ports);
    expect(calls.checks).toHaveLength(1);
    await getPortfolio({}, USER, ports);
    expect(calls.checks).toHaveLength(2);
    await getPortfolio({}, USER, ports);
    expect(calls.checks).toHaveLength(2);
    await getPortfolio({ refresh: true }, USER, ports);
    expect(calls.checks).toHaveLength(3);
    advance(60_001);
    await getPortfolio({}, USER, ports);
    expect(calls.checks).toHaveLength(4);
  });

  it('looks up at most two unknown project ids a view, as the user, and keeps them', async () => {
    const unknown = ['AAA', 'BBB', 'CCC'].map((k, i) => rollup(`${k}-1`, k, undefined, 1000, 'EUR', { launchDate: `2026-12-0${i + 1}` }));
    const ids = { AAA: '20000', BBB: '20001', CCC: '20002' };
    const { ports, calls, entries } = portsOf(unknown, Object.values(ids), ids);
    const first = await getPortfolio({}, USER, ports);
    expect(calls.lookups).toHaveLength(MAX_PROJECT_LOOKUPS);
    expect(first.campaigns.map((c) => c.campaignKey)).toEqual(['AAA-1', 'BBB-1']);
    expect(entries.get('AAA-1')?.projectId).toBe('20000');
    const second = await getPortfolio({ refresh: true }, USER, ports);
    expect(calls.lookups).toEqual(['AAA', 'BBB', 'CCC']);
    expect(second.campaigns.map((c) => c.campaignKey)).toEqual(['AAA-1', 'BBB-1', 'CCC-1']);
  });

  it('words the reasons in the reader’s language', async () => {
    const { ports } = portsOf(three.slice(0, 1), ['10000']);
    const fr = await getPortfolio({}, USER, ports);
    const reason = { code: 'budget_80' as const, params: { spent: 0.84 } };
    expect(fr.campaigns[0]?.health.reasons).toEqual([
      { code: 'budget_80', severity: 'at_risk', text: wordReason(reason, 'fr', reportFormatters('fr_FR', 'EUR')) },
    ]);
    expect(fr.campaigns[0]?.health.reasons[0]?.text).toContain('84\u00a0%');
    const en = await getPortfolio({}, { accountId: 'acc-alex', locale: 'en_US' }, portsOf(three.slice(0, 1), ['10000']).ports);
    expect(en.campaigns[0]?.health.reasons[0]?.text).toBe(wordReason(reason, 'en', reportFormatters('en_US', 'EUR')));
    expect(en.campaigns[0]?.health.reasons[0]?.text).not.toBe(fr.campaigns[0]?.health.reasons[0]?.text);
  });

  it('asks Jira nothing when no campaign exists', async () => {
    const { ports, calls } = portsOf([], []);
    expect(await getPortfolio({}, USER, ports)).toMatchObject({ campaigns: [], totals: [], visibleProjects: [] });
    expect(calls.checks).toEqual([]);
  });
});

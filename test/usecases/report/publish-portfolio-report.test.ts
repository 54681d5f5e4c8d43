import { indexEntryOf, type PortfolioRollup } from '../../../src/domain/portfolio/rollup';
import { publishPortfolioReport, type PublishPortfolioReportPorts } from '../../../src/usecases/report/publish-portfolio-report';
import type { PublishedReportRecord, ReportPage } from '../../../src/usecases/ports/report-publishing';

const NOW = Date.parse('2026-11-24T10:00:00.000Z');

const rollup = (epicKey: string, projectKey: string, projectId: string): PortfolioRollup => ({
  epicKey,
  name: `Campagne ${epicKey}`,
  projectKey,
  projectId,
  ownerAccountId: 'acc-camille',
  ownerName: 'Camille Martin',
  health: { level: 'on_track', reasons: [] },
  firstWorkDate: '2026-10-01',
  launchDate: '2026-12-01',
  forecastP85: null,
  budget: { amount: 1000, currency: 'EUR' },
  actual: 0,
  eac: null,
  signoff: { approved: 0, total: 0, late: 0 },
  kpiAttainment: null,
  milestones: [],
  snapshotVersion: 1,
  updatedAt: '2026-11-24T09:00:00.000Z',
});

/** In-memory portfolio (visible project ids `browsable`), Confluence spaces and the report records. */
function portsOf(browsable: string[], spaces: Record<string, string> = { EVT: 's-evt', MKT: 's-mkt' }) {
  const rollups = [rollup('MKT-1', 'MKT', '10'), rollup('EVT-1', 'EVT', '20'), rollup('SEC-1', 'SEC', '30')];
  const saved = new Map<string, PublishedReportRecord>();
  const published: { spaceId: string; title: string; storage: string; knownPageId: string | null }[] = [];
  const pages = new Map<string, ReportPage>();
  const ports: PublishPortfolioReportPorts = {
    portfolio: {
      portfolio: {
        index: async () => rollups.map(indexEntryOf),
        rows: async (keys) => rollups.filter((r) => keys.includes(r.projectKey)),
        learnProjectIds: async () => undefined,
      },
      visibility: { browsable: async (ids) => new Set(ids.filter((id) => browsable.includes(id))), projectId: async () => undefined },
      clock: { now: () => new Date(NOW) },
    },
    pages: {
      spaceIdOf: async (key) => spaces[key] ?? null,
      async publish({ knownPageId, spaceId, content }) {
        published.push({ spaceId, title: content.title, storage: content.storage, knownPageId });
        const known = knownPageId ? pages.get(knownPageId) : undefined;
        const page: ReportPage = known
          ? { ...known, title: content.title, version: known.version + 1 }
          : { id: String(pages.size + 100), spaceId, title: content.title, url: `https://wiki/${pages.size + 100}`, version: 1 };
        pages.set(page.id, page);
        return { page, created: !known };
      },
    },
    reports: { get: async (spaceId) => saved.get(spaceId), save: async (spaceId, r) => void saved.set(spaceId, r) },
  };
  return { ports, saved, published };
}

const FR = { accountId: 'acc-camille', locale: 'fr_FR' };

describe('publishPortfolioReport (use case)', () => {
  it('publishes what the user may see, in the first visible project’s space by default, then updates that page', async () => {
    const world = portsOf(['10', '20']);
    const first = await publishPortfolioReport({}, FR, world.ports);
    expect(first).toMatchObject({ created: true, version: 1, language: 'fr', campaigns: 2, title: 'Portefeuille des campagnes' });
    expect(world.published[0]).toMatchObject({ spaceId: 's-evt', knownPageId: null });
    expect(world.published[0]?.storage).toContain('EVT-1');
    expect(world.published[0]?.storage).not.toContain('SEC-1');
    const second = await publishPortfolioReport({ spaceKey: 'EVT' }, { accountId: 'acc-other', locale: 'en_US' }, world.ports);
    expect(second).toMatchObject({ pageId: first.pageId, created: false, version: 2, language: 'en', title: 'Campaign portfolio' });
    expect(world.saved.get('s-evt')).toMatchObject({ pageId: first.pageId, version: 2, publishedBy: 'acc-other', language: 'en' });
    // Another space has its own page.
    const mkt = await publishPortfolioReport({ spaceKey: 'MKT', projectKeys: ['MKT'] }, FR, world.ports);
    expect(mkt).toMatchObject({ created: true, campaigns: 1 });
    expect(mkt.pageId).not.toBe(first.pageId);
  });

  it('by default takes the first visible project whose space exists (EVT has none here, MKT has)', async () => {
    const world = portsOf(['10', '20'], { MKT: 's-mkt' });
    await publishPortfolioReport({}, FR, world.ports);
    expect(world.published.map((p) => p.spaceId)).toEqual(['s-mkt']);
  });

  it('refuses a space the user cannot read, and a default when they see no campaign, naming spaceKey', async () => {
    await expect(publishPortfolioReport({ spaceKey: 'NOPE' }, FR, portsOf(['10']).ports)).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'spaceKey',
    });
    const world = portsOf([]);
    await expect(publishPortfolioReport({}, FR, world.ports)).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'spaceKey' });
    expect(world.published).toEqual([]);
  });
});

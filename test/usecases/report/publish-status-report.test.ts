import { buildCampaignPanel } from '../../../src/domain/metrics';
import { DomainError } from '../../../src/domain/errors';
import { publishStatusReport, type PublishStatusReportPorts } from '../../../src/usecases/report/publish-status-report';
import type { PanelComputation } from '../../../src/usecases/ports/panel-computer';
import type { PublishedReportRecord, ReportPage } from '../../../src/usecases/ports/report-publishing';
import { KEYS, PEOPLE, record } from '../../domain/metrics/fixtures';
import { panelInput } from '../../domain/metrics/panel-input';
import { EDITOR, fixedClock, grantsOf, OUTSIDER } from '../support/in-memory-ports';

const PM = { accountId: 'acc-camille', locale: 'fr_FR' };

function computation(issueKey: string = KEYS.epic): PanelComputation {
  const input = panelInput({ issueKey });
  return {
    kind: 'panel',
    panel: buildCampaignPanel(input),
    record: record(),
    issues: Object.values(input.snapshot.issues),
    people: PEOPLE,
    signOffEntries: [],
    today: input.today,
  };
}

/** In-memory Confluence, report records and remote links; `linkFails` makes the epic's link fail like Jira would. */
function ports(
  options: {
    grants?: Parameters<typeof grantsOf>[0];
    computed?: PanelComputation;
    linkFails?: boolean;
    spaces?: Record<string, string>;
  } = {},
) {
  const saved = new Map<string, PublishedReportRecord>();
  const pages = new Map<string, ReportPage>();
  const linked: string[] = [];
  const p: PublishStatusReportPorts = {
    panels: { compute: async () => options.computed ?? computation() },
    grants: grantsOf(options.grants ?? EDITOR),
    reports: {
      get: async (epicKey, kind) => saved.get(`${epicKey}:${kind}`),
      save: async (epicKey, kind, r) => void saved.set(`${epicKey}:${kind}`, r),
    },
    pages: {
      spaceOfPage: async () => null,
      spaceIdOf: async (key) => (options.spaces ?? { MKT: 'space-1' })[key] ?? null,
      async publish({ knownPageId, spaceId, content }) {
        const known = knownPageId ? pages.get(knownPageId) : undefined;
        const page: ReportPage = known
          ? { ...known, version: known.version + 1 }
          : { id: String(pages.size + 100), spaceId, title: content.title, url: `https://wiki/${pages.size + 100}`, version: 1 };
        pages.set(page.id, page);
        return { page, created: !known };
      },
      async draft({ spaceId, content }) {
        const page: ReportPage = {
          id: String(pages.size + 100),
          spaceId,
          title: content.title,
          url: `https://wiki/draft/${pages.size + 100}`,
          version: 1,
        };
        pages.set(page.id, page);
        return page;
      },
    },
    links: {
      async upsert(issueKey, link) {
        if (options.linkFails) throw new DomainError('UPSTREAM', 'Jira is unavailable');
        linked.push(`${issueKey}:${link.globalId}`);
      },
    },
    clock: fixedClock('2026-11-24T09:30:00.000Z'),
  };
  return { ...p, saved, linked };
}

describe('publishStatusReport (use case)', () => {
  it("publishes the PM's report in French, remembers the page, links it once, and updates it next time", async () => {
    const p = ports();
    const first = await publishStatusReport({ epicKey: KEYS.epic, kind: 'status' }, PM, p);
    expect(first).toMatchObject({ kind: 'status', created: true, version: 1, language: 'fr', linked: true });
    expect(p.saved.get(`${KEYS.epic}:status`)).toMatchObject({
      pageId: first.pageId,
      spaceId: 'space-1',
      publishedBy: 'acc-camille',
      publishedAt: '2026-11-24T09:30:00.000Z',
    });
    const second = await publishStatusReport({ epicKey: KEYS.epic, kind: 'status' }, PM, p);
    expect(second).toMatchObject({ pageId: first.pageId, created: false, version: 2 });
    expect(new Set(p.linked)).toEqual(new Set([`${KEYS.epic}:campaign-control:report:${KEYS.epic}:status`]));
  });

  it('still answers the published page when the link fails', async () => {
    const out = await publishStatusReport({ epicKey: KEYS.epic }, PM, ports({ linkFails: true }));
    expect(out).toMatchObject({ linked: false, linkError: expect.stringContaining('Jira is unavailable') });
  });

  it("refuses someone who is neither the PM nor a project admin with the policy's words", async () => {
    await expect(publishStatusReport({ epicKey: KEYS.epic }, { accountId: 'acc-noah' }, ports())).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: "Only the campaign's PM and the project's admins can publish its report.",
    });
  });

  it('answers NOT_FOUND for no campaign, for an outsider, and when there is no space to publish in', async () => {
    await expect(publishStatusReport({ epicKey: 'MKT-9' }, PM, ports({ computed: { kind: 'none' } }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'epicKey',
    });
    await expect(publishStatusReport({ epicKey: KEYS.epic }, PM, ports({ grants: OUTSIDER }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(publishStatusReport({ epicKey: KEYS.epic }, PM, ports({ spaces: {} }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
      field: 'epicKey',
    });
  });

  it('refuses an issue of the campaign that is not its epic', async () => {
    await expect(publishStatusReport({ epicKey: KEYS.design }, PM, ports({ computed: computation(KEYS.design) }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      field: 'epicKey',
    });
  });
});

import { useAppTestHost } from '../../support/app-host';
import { campaignPanelOf, invokeResolver } from '../../support/invoke';
import { must } from '../../support/must';
import { confluencePage, listFields, moveTo, remoteLinks, settleTriggers, type ConfluencePage, type RemoteLink } from '../rest-reads';
import { CAMILLE, NOAH, SAM } from '../../../local/identity/demo-users';
import { MKT_SPACE_ID } from '../../../local/confluence/seed';
import { elements, figure, parseStorage, readNumber, recordsOf, tableAfter, ALLOWED_ELEMENTS } from '../../domain/report/storage-reader';
import { createCampaign, planLaunchingIn, publish } from './report-fixture';
import { reportStrings } from '../../../src/wording/catalog/report';
import { numberFormat } from '../../../src/wording/format';

/**
 * "Publish status report" through the local host: the page in the Confluence emulator, its storage body parsed
 * strictly, its numbers against getCampaignPanel's for the same user at the same moment, the history kept across
 * publishes, a page deleted by hand published again, and the epic's link to it.
 */
describe('publishStatusReport through the local host', () => {
  const app = useAppTestHost();
  let epicKey: string;
  let keys: Record<string, string>;
  let firstPageId: string;

  const page = (id: string): Promise<ConfluencePage> => confluencePage(app.th, id);
  const reportLinks = async (key: string): Promise<RemoteLink[]> =>
    (await remoteLinks(app.th, key)).filter((l) => (l.globalId ?? '').startsWith('campaign-control:report:'));
  /** How many pages the MKT space holds. */
  const pagesInSpace = async (): Promise<number> => {
    const list: { results: unknown[] } = (await app.th.call(CAMILLE.email, 'GET', `/wiki/api/v2/pages?space-id=${MKT_SPACE_ID}&limit=250`))
      .body;
    return list.results.length;
  };

  it('creates the report page in the brief’s space, in the PM’s French, linked from the epic', async () => {
    ({ epicKey, keys } = await createCampaign(app.th, planLaunchingIn(30, 'report-running'), 'report-running-1'));
    // Some spend and some finished work, so the numbers are not all zero.
    const fields = await listFields(app.th);
    const field = (m: string): string =>
      must(
        fields.find((f) => f.schema?.custom?.endsWith(`/static/${m}`)),
        `the ${m} field`,
      ).id;
    expect(
      (
        await app.th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${keys['task-1-1']}`, {
          fields: { [field('actual-cost')]: 130.5, [field('committed-cost')]: 40 },
        })
      ).status,
    ).toBe(204);
    expect(
      (await app.th.call(CAMILLE.email, 'PUT', `/rest/api/3/issue/${keys['task-2-1']}`, { fields: { [field('actual-cost')]: 75 } })).status,
    ).toBe(204);
    await moveTo(app.th, keys['task-1-1']!, 'Done');
    await settleTriggers(app.th);

    const out = await publish(app.th, CAMILLE.accountId, { epicKey });
    expect(out.ok).toBe(true);
    expect(out.data).toMatchObject({
      kind: 'status',
      version: 1,
      created: true,
      language: 'fr',
      linked: true,
      title: 'Campagne report-running — Rapport de statut',
    });
    firstPageId = out.data.pageId;

    const stored = await page(firstPageId);
    expect(stored.spaceId).toBe(MKT_SPACE_ID);
    expect(stored.title).toBe(out.data.title);
    expect(out.data.url).toBe(`${stored._links.base}${stored._links.webui}`);

    const links = await reportLinks(epicKey);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({
      globalId: `campaign-control:report:${epicKey}:status`,
      relationship: 'Rapport de statut',
      object: { url: out.data.url, title: out.data.title },
    });
  });

  it('writes a body that is valid storage format, with the numbers getCampaignPanel answers', async () => {
    const panel = campaignPanelOf(
      await invokeResolver(app.th, CAMILLE.accountId, 'getCampaignPanel', { issueKey: epicKey }, { moduleKey: 'campaign-panel' }),
    );
    const out = await publish(app.th, CAMILLE.accountId, { epicKey });
    expect(out.ok).toBe(true);
    const root = parseStorage((await page(out.data.pageId)).body.storage.value);
    for (const e of elements(root)) expect(ALLOWED_ELEMENTS).toContain(e.tagName);

    const money = (label: string): number => readNumber(figure(root, 'Consommation du budget', label), 'fr-FR');
    expect(panel.budget.actual).toBeCloseTo(205.5, 2);
    expect(money('Budget prévu')).toBe(panel.budget.planned);
    expect(money('Dépensé')).toBeCloseTo(panel.budget.actual, 2);
    expect(money('Engagé')).toBeCloseTo(panel.budget.committed, 2);
    expect(money('Restant')).toBeCloseTo(panel.budget.remaining, 2);
    expect(money('Travail fait, à son coût prévu')).toBeCloseTo(panel.budget.earnedValue, 2);
    expect(readNumber(figure(root, 'Consommation du budget', 'Travail terminé'), 'fr-FR')).toBeCloseTo(
      panel.budget.percentComplete * 100,
      0,
    );

    const chart = recordsOf(tableAfter(root, 'Dépenses cumulées (données du graphique)'));
    expect(chart.map((r) => readNumber(r['Prévu']!, 'fr-FR'))).toEqual(panel.budget.series.map((p) => p.plannedCumulative));

    const milestones = recordsOf(tableAfter(root, 'Risque sur les échéances'));
    expect(milestones.map((m) => m['Jalon']!.split(' ')[0])).toEqual(panel.milestones.map((m) => m.key));
    // The work left in words, from the panel's own numbers (a done milestone has none).
    expect(milestones.map((m) => m['Travail restant'])).toEqual(
      panel.milestones.map((m) =>
        m.status === 'done'
          ? '—'
          : reportStrings('fr').workRemaining(m.openTasks, numberFormat('fr-FR').format(m.remainingWorkDays), m.businessDaysLeft),
      ),
    );

    const gates = recordsOf(tableAfter(root, 'Validations'));
    expect(gates.map((g) => g['Validation'])).toEqual(panel.gates.map((g) => g.name));
    const kpis = recordsOf(tableAfter(root, 'Indicateurs clés'));
    expect(kpis.map((k) => readNumber(k['Objectif']!, 'fr-FR'))).toEqual(panel.kpis.map((k) => k.target));
  });

  it('adds a version on each publish, so Confluence keeps the history, and links the epic once', async () => {
    const out = await publish(app.th, CAMILLE.accountId, { epicKey, kind: 'status' });
    expect(out.data).toMatchObject({ pageId: firstPageId, version: 3, created: false });
    const versions: { results: { number: number }[] } = (
      await app.th.call(CAMILLE.email, 'GET', `/wiki/api/v2/pages/${firstPageId}/versions`)
    ).body;
    expect(versions.results.map((v) => v.number)).toEqual([3, 2, 1]);
    expect(await reportLinks(epicKey)).toHaveLength(1);
  });

  it('writes in English for an English locale, on the same page', async () => {
    const out = await publish(app.th, CAMILLE.accountId, { epicKey }, 'en_US');
    expect(out.data).toMatchObject({ pageId: firstPageId, version: 4, language: 'en', title: 'Campagne report-running — Status report' });
    const root = parseStorage((await page(firstPageId)).body.storage.value);
    expect(readNumber(figure(root, 'Budget burn', 'Actual spend'), 'en-US')).toBeCloseTo(205.5, 2);
    const links = await reportLinks(epicKey);
    expect(links).toHaveLength(1);
    expect(links[0]?.object.title).toBe(out.data.title);
  });

  it('creates the page again when someone deleted it by hand, and re-points the epic’s link', async () => {
    expect((await app.th.call(CAMILLE.email, 'DELETE', `/wiki/api/v2/pages/${firstPageId}`)).status).toBe(204);
    const out = await publish(app.th, CAMILLE.accountId, { epicKey });
    expect(out.ok).toBe(true);
    expect(out.data).toMatchObject({ created: true, version: 1 });
    expect(out.data.pageId).not.toBe(firstPageId);
    expect((await page(out.data.pageId)).title).toBe(out.data.title);
    const links = await reportLinks(epicKey);
    expect(links).toHaveLength(1);
    expect(links[0]?.object.url).toBe(out.data.url);
  });

  it('refuses people who are neither the PM nor a project admin, and people who cannot see the campaign, publishing nothing', async () => {
    const before = await pagesInSpace();
    const noah = await publish(app.th, NOAH.accountId, { epicKey });
    expect(noah).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const sam = await publish(app.th, SAM.accountId, { epicKey });
    expect(sam.ok).toBe(false);
    expect(sam.error.code).toBe('NOT_FOUND');
    const after = await pagesInSpace();
    expect(after).toBe(before);
  });

  it('names the field of a bad request', async () => {
    expect(await publish(app.th, CAMILLE.accountId, { epicKey: 'mkt-1' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'epicKey' },
    });
    expect(await publish(app.th, CAMILLE.accountId, { epicKey, kind: 'weekly' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'kind' },
    });
    expect(await publish(app.th, CAMILLE.accountId, { epicKey, spaceKey: 'X' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'spaceKey' },
    });
    const task = await publish(app.th, CAMILLE.accountId, { epicKey: keys['task-1-2'] });
    expect(task).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'epicKey' } });
    expect(task.error.message).toContain(epicKey);
  });

  it('publishes the post-campaign report by default once the campaign has ended', async () => {
    const ended = await createCampaign(app.th, planLaunchingIn(-5, 'report-ended'), 'report-ended-1');
    for (const key of Object.entries(ended.keys)
      .filter(([row]) => row !== 'epic')
      .map(([, k]) => k))
      await moveTo(app.th, key, 'Done');
    await settleTriggers(app.th);
    const out = await publish(app.th, CAMILLE.accountId, { epicKey: ended.epicKey });
    expect(out.ok).toBe(true);
    expect(out.data).toMatchObject({ kind: 'post-campaign', title: 'Campagne report-ended — Bilan de campagne', created: true });
    const root = parseStorage((await page(out.data.pageId)).body.storage.value);
    // Work finished today, after due dates in the past: every milestone slipped, each explained by its late tasks.
    const slipped = recordsOf(tableAfter(root, 'Ce qui a glissé et pourquoi'));
    expect(slipped.map((s) => s['Jalon']!.split(' ')[0]).sort()).toEqual([ended.keys['milestone-1'], ended.keys['milestone-2']].sort());
    for (const s of slipped) expect(s['Pourquoi']).toMatch(/jours? ouvrés? après son échéance/);
    expect((await reportLinks(ended.epicKey)).map((l) => l.globalId)).toEqual([`campaign-control:report:${ended.epicKey}:post-campaign`]);
  });
});

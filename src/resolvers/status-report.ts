import type { PublishStatusReportResult, StatusReportKind } from '../contracts/status-report';
import { publishPage } from '../adapters/confluence/publish-page';
import { findSpaceId, readPage } from '../adapters/confluence/report-pages';
import { RetryGate } from '../adapters/http/retry';
import { myProjectPermissions } from '../adapters/jira/permissions';
import { upsertRemoteLink } from '../adapters/jira/remote-links';
import { getPublishedReport, savePublishedReport } from '../adapters/storage/status-reports';
import type { CampaignRecord } from '../domain/model';
import { buildReport, campaignHasEnded, reportStrings } from '../domain/report';
import { AppError } from '../shared/result';
import { computeCampaignPanel } from './campaign-panel';
import { contractResolver } from './define';

/** The campaign's PM (who created it) and the project's admins publish reports to leadership. */
async function mayPublish(record: CampaignRecord, accountId: string): Promise<boolean> {
  if (record.createdBy === accountId) return true;
  return (await myProjectPermissions(record.plan.projectKey, ['ADMINISTER_PROJECTS'])).ADMINISTER_PROJECTS;
}

/** The space of the campaign's brief, else the Confluence space with the project's key (the demo's `MKT`). */
async function campaignSpaceId(record: CampaignRecord, retry: RetryGate): Promise<string> {
  const briefId = record.plan.brief?.pageId;
  const brief = briefId ? await readPage(briefId, retry) : null;
  if (brief) return brief.spaceId;
  const spaceId = await findSpaceId(record.plan.projectKey, retry);
  if (!spaceId) throw new AppError('NOT_FOUND', `epicKey: the campaign has no readable Confluence brief and there is no Confluence space '${record.plan.projectKey}' you can read to publish its report in`, 'epicKey');
  return spaceId;
}

/**
 * Publishes the campaign's report to Confluence from the same numbers the panel shows, as a new version of the page
 * published before (Confluence keeps the history), and links it from the epic (same globalId: never twice).
 */
export const publishStatusReportResolver = contractResolver('publishStatusReport', async (input, caller) => {
  const now = new Date();
  const computed = await computeCampaignPanel(input.epicKey, caller, { refresh: false, now });
  if (computed.kind === 'none') throw new AppError('NOT_FOUND', `epicKey: ${input.epicKey} is not a campaign created with Campaign Control`, 'epicKey');
  const { panel, loaded, signOffEntries, today } = computed;
  const { record } = loaded;
  if (panel.mode !== 'epic') throw new AppError('INVALID_INPUT', `epicKey: ${input.epicKey} is not a campaign epic (its campaign is ${record.epicKey})`, 'epicKey');
  if (!(await mayPublish(record, caller.accountId))) throw new AppError('FORBIDDEN', "Only the campaign's PM and the project's admins can publish its report.");

  const kind: StatusReportKind = input.kind ?? (campaignHasEnded(panel, today) ? 'post-campaign' : 'status');
  const report = buildReport({
    kind,
    panel,
    issues: Object.values(loaded.snapshot.issues),
    signOffEntries,
    people: loaded.people,
    calendar: record.plan.holidayCalendar,
    today,
    locale: caller.locale,
    publishedAt: now.toISOString(),
  });

  const retry = new RetryGate();
  const stored = await getPublishedReport(record.epicKey, kind);
  const spaceId = stored?.spaceId ?? (await campaignSpaceId(record, retry));
  const { page, created } = await publishPage({ knownPageId: stored?.pageId ?? null, spaceId, content: { title: report.title, storage: report.storage, message: `Campaign Control ${now.toISOString()}` } }, retry);
  // Remembered before linking, so a failed link never leads to a second page.
  await savePublishedReport(record.epicKey, kind, { pageId: page.id, spaceId: page.spaceId, title: page.title, url: page.url, version: page.version, language: report.language, publishedAt: now.toISOString(), publishedBy: caller.accountId });

  const answer: PublishStatusReportResult = { kind, pageId: page.id, title: page.title, url: page.url, version: page.version, created, language: report.language, linked: true };
  try {
    await upsertRemoteLink(record.epicKey, { globalId: `campaign-control:report:${record.epicKey}:${kind}`, url: page.url, title: page.title, relationship: reportStrings(report.language).title[kind] }, retry);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { ...answer, linked: false, linkError: `The report is published, but ${record.epicKey} could not link to it: ${e.message}` };
  }
  return answer;
});

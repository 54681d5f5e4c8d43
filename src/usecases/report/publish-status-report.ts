import type { PublishStatusReportResult, StatusReportKind } from '../../contracts/status-report';
import { DomainError, isDomainError } from '../../domain/errors';
import type { CampaignRecord } from '../../domain/model';
import { partiesOf } from '../../domain/policy';
import { buildReport, campaignHasEnded, reportStrings } from '../../domain/report';
import type { ActingUser } from '../acting-user';
import { authoriseCampaignAction } from '../authorise';
import type { Clock } from '../ports/clock';
import type { PanelComputerPort } from '../ports/panel-computer';
import type { ProjectGrantsPort } from '../ports/project-grants';
import type { PublishedReportsPort, RemoteLinksPort, ReportPage, ReportPagesPort } from '../ports/report-publishing';
import { nested, render } from '../../wording/messages';

export interface PublishStatusReportPorts {
  panels: PanelComputerPort;
  grants: ProjectGrantsPort;
  reports: PublishedReportsPort;
  pages: ReportPagesPort;
  links: RemoteLinksPort;
  clock: Clock;
}

/** The space of the campaign's brief, else the Confluence space with the project's key (the demo's `MKT`). */
async function campaignSpaceId(record: CampaignRecord, pages: ReportPagesPort): Promise<string> {
  const briefId = record.plan.brief?.pageId;
  const briefSpace = briefId ? await pages.spaceOfPage(briefId) : null;
  if (briefSpace) return briefSpace;
  const spaceId = await pages.spaceIdOf(record.plan.projectKey);
  if (!spaceId)
    throw new DomainError('NOT_FOUND', { key: 'errors.noReportSpace', params: { projectKey: record.plan.projectKey } }, 'epicKey');
  return spaceId;
}

/** The report of a campaign as the user may publish it: its numbers (the panel's), its words, its space. */
async function prepareReport(
  input: { epicKey: string; kind?: StatusReportKind | undefined },
  user: ActingUser,
  ports: Omit<PublishStatusReportPorts, 'links'>,
) {
  const now = ports.clock.now();
  const computed = await ports.panels.compute(input.epicKey, user, { refresh: false, now });
  if (computed.kind === 'none')
    throw new DomainError('NOT_FOUND', { key: 'errors.notACampaign', params: { epicKey: input.epicKey } }, 'epicKey');
  const { panel, record, today } = computed;
  if (panel.mode !== 'epic')
    throw new DomainError(
      'INVALID_INPUT',
      { key: 'errors.notACampaignEpic', params: { field: 'epicKey', key: input.epicKey, epicKey: record.epicKey } },
      'epicKey',
    );
  await authoriseCampaignAction(ports.grants, user, record.plan.projectKey, 'report.publish', partiesOf(record));

  const kind: StatusReportKind = input.kind ?? (campaignHasEnded(panel, today) ? 'post-campaign' : 'status');
  const publishedAt = now.toISOString();
  const report = buildReport({
    kind,
    panel,
    issues: computed.issues,
    signOffEntries: computed.signOffEntries,
    people: computed.people,
    calendar: record.plan.holidayCalendar,
    today,
    locale: user.locale,
    publishedAt,
    risks: computed.risks,
  });
  const stored = await ports.reports.get(record.epicKey, kind);
  const spaceId = stored?.spaceId ?? (await campaignSpaceId(record, ports.pages));
  return { record, kind, report, publishedAt, stored, spaceId };
}

/**
 * The campaign's report as a Confluence draft (for the Rovo agent's "draft a status report"): the same report and
 * rules as publishing it (the PM and project admins), written as an unpublished draft in the campaign's space; the
 * published page, its record and the epic's link are left alone. The draft is its author's until they publish it.
 */
export async function draftStatusReport(
  input: { epicKey: string; kind?: StatusReportKind | undefined },
  user: ActingUser,
  ports: Omit<PublishStatusReportPorts, 'links'>,
): Promise<{ epicKey: string; name: string; launchDate: string; kind: StatusReportKind; language: 'en' | 'fr'; page: ReportPage }> {
  const { record, kind, report, publishedAt, spaceId } = await prepareReport(input, user, ports);
  const page = await ports.pages.draft({
    spaceId,
    content: { title: report.title, storage: report.storage, message: `Campaign Control ${publishedAt}` },
  });
  return { epicKey: record.epicKey, name: record.plan.name, launchDate: record.plan.launchDate, kind, language: report.language, page };
}

/**
 * Publishes the campaign's report to Confluence from the same numbers the panel shows, as a new version of the page
 * published before (Confluence keeps the history), and links it from the epic (same globalId: never twice); a link
 * that fails leaves the report published (`linked: false`). Errors: NOT_FOUND `epicKey` when it is no campaign
 * (or the user cannot see it) or there is no space to publish in; INVALID_INPUT `epicKey` for an issue of a campaign
 * that is not its epic; FORBIDDEN (policy `report.publish`: the PM and project admins); TRY_AGAIN and UPSTREAM from
 * Confluence.
 */
export async function publishStatusReport(
  input: { epicKey: string; kind?: StatusReportKind | undefined },
  user: ActingUser,
  ports: PublishStatusReportPorts,
): Promise<PublishStatusReportResult> {
  const { record, kind, report, publishedAt, stored, spaceId } = await prepareReport(input, user, ports);
  const { page, created } = await ports.pages.publish({
    knownPageId: stored?.pageId ?? null,
    spaceId,
    content: { title: report.title, storage: report.storage, message: `Campaign Control ${publishedAt}` },
  });
  // Remembered before linking, so a failed link never leads to a second page.
  await ports.reports.save(record.epicKey, kind, {
    pageId: page.id,
    spaceId: page.spaceId,
    title: page.title,
    url: page.url,
    version: page.version,
    language: report.language,
    publishedAt,
    publishedBy: user.accountId,
  });

  const answer: PublishStatusReportResult = {
    kind,
    pageId: page.id,
    title: page.title,
    url: page.url,
    version: page.version,
    created,
    language: report.language,
    linked: true,
  };
  try {
    await ports.links.upsert(record.epicKey, {
      globalId: `campaign-control:report:${record.epicKey}:${kind}`,
      url: page.url,
      title: page.title,
      relationship: reportStrings(report.language).title[kind],
    });
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const params = { epicKey: record.epicKey, ...nested('detail', e.wording, e.message) };
    return { ...answer, linked: false, linkError: render(user.locale, { key: 'errors.reportLinkFailed', params }) };
  }
  return answer;
}

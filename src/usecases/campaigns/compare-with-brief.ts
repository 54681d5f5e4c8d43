import type { BriefDifference, CompareWithBriefResult } from '../../contracts/campaign-planner';
import { acceptDifferences, changesEpicFields, planValues } from '../../domain/brief/accept-differences';
import { compareBrief } from '../../domain/brief/compare';
import type { ParsedBrief } from '../../domain/brief/parse-brief';
import { epicFieldValues } from '../../domain/creation/issue-payloads';
import { DomainError } from '../../domain/errors';
import { languageOf, type CampaignRecord } from '../../domain/model';
import { partiesOf } from '../../domain/policy';
import type { ActingUser } from '../acting-user';
import { authoriseCampaignAction } from '../authorise';
import type { AppFieldIdsPort } from '../ports/app-field-ids';
import type { BriefPagesPort } from '../ports/brief-pages';
import type { CampaignRecordsPort } from '../ports/campaign-records';
import type { PeopleDirectoryPort } from '../ports/people-directory';
import { parsePage } from '../planning/read-brief';
import { campaignOf } from './campaign-of';
import { replanRecord, type ReplanRecordPorts } from './replan-record';

export interface CompareWithBriefPorts extends ReplanRecordPorts {
  records: CampaignRecordsPort;
  briefs: BriefPagesPort;
  people: PeopleDirectoryPort;
  appFields: AppFieldIdsPort;
}

/** Refuses an accepted field that is not one of the differences, naming its index. */
function checkAccepted(accept: readonly string[], differences: readonly BriefDifference[]): void {
  accept.forEach((field, i) => {
    if (!differences.some((d) => d.field === field)) {
      throw new DomainError(
        'INVALID_INPUT',
        {
          key: 'errors.notABriefDifference',
          params: { field: `accept.${i}`, value: field, differences: differences.map((d) => d.field).join(', ') },
        },
        `accept.${i}`,
      );
    }
  });
}

/** Makes the campaign follow the brief for `chosen`: the record, the epic's own fields, and a re-plan for a new launch date. */
async function applyChosen(
  record: CampaignRecord,
  chosen: readonly BriefDifference[],
  parsed: ParsedBrief,
  user: ActingUser,
  ports: CompareWithBriefPorts,
): Promise<void> {
  await authoriseCampaignAction(ports.grants, user, record.plan.projectKey, 'campaign.applyBrief', partiesOf(record));
  const plan = acceptDifferences(record.plan, chosen, parsed);
  if (changesEpicFields(chosen)) {
    const fieldValues = epicFieldValues(plan, await ports.appFields.ids());
    if (Object.keys(fieldValues).length > 0) await ports.fields.update(record.epicKey, fieldValues);
  }
  const updated = { ...record, plan };
  await ports.recordWriter.save(updated);
  const launchDate = parsed.fields.launchDate;
  if (launchDate && chosen.some((d) => d.field === 'launchDate')) await replanRecord(updated, { launchDate, apply: true }, user, ports);
}

/**
 * What the campaign's Confluence brief says now that the plan does not (anyone who sees the epic), and with
 * `accept` the plan follows the brief for those fields (the policy's `campaign.applyBrief`).
 * Errors: NOT_FOUND `epicKey`; INVALID_INPUT `epicKey` (not planned from a brief), `accept.<i>` (not a
 * difference); NOT_FOUND / FORBIDDEN (policy); those of the pages port and of `replanRecord`.
 */
export async function compareWithBrief(
  input: { epicKey: string; accept?: string[] },
  user: ActingUser,
  ports: CompareWithBriefPorts,
): Promise<CompareWithBriefResult> {
  const record = await campaignOf(input.epicKey, ports);
  const brief = record.plan.brief;
  if (!brief) throw new DomainError('INVALID_INPUT', { key: 'errors.notPlannedFromBrief', params: { epicKey: input.epicKey } }, 'epicKey');
  const [page, people] = await Promise.all([ports.briefs.page(brief.pageId), ports.people.list()]);
  const language = languageOf(user.locale);
  // The reading the PM picked when planning still holds; days without a year are not re-dated from a later today.
  const picked = brief.choices?.find((c) => c.picked !== undefined)?.picked;
  const parsed = parsePage(page, people, record.plan.budget.currency, language, picked ? { picks: { launchDate: picked } } : {});
  const differences = compareBrief(planValues(record.plan), parsed, language);
  const accept = input.accept ?? [];
  checkAccepted(accept, differences);
  if (accept.length === 0) return { briefVersion: page.version, differences, applied: [] };
  const chosen = differences.filter((d) => accept.includes(d.field));
  await applyChosen(record, chosen, parsed, user, ports);
  return {
    briefVersion: page.version,
    differences: differences.filter((d) => !accept.includes(d.field)),
    applied: chosen.map((d) => d.field),
  };
}

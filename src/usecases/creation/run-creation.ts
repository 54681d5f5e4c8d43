import { DomainError } from '../../domain/errors';
import type { CreationJob } from '../../domain/model';
import { mapBulkAnswer, type RowError } from '../../domain/creation/bulk-result';
import { chunk } from '../../domain/creation/chunk';
import { readExisting, type ExistingLink } from '../../domain/creation/existing-issues';
import { EPIC_ROW_ID, epicPayload, missingRowPayloads } from '../../domain/creation/issue-payloads';
import type { JobInputs } from '../../domain/creation/job';
import { diffLinks, plannedLinks } from '../../domain/creation/links';
import type { CreationPorts } from '../ports/creation-engine';

/** Re-read-then-resend rounds per step before the run stops and resumes later. */
const MAX_ROUNDS = 5;
/** Progress is saved after every this many links (a link is one call; saving each would double the calls). */
const LINK_SAVE_EVERY = 10;

const isTryAgain = (e: unknown): boolean => e instanceof DomainError && e.code === 'TRY_AGAIN';
const stillBusy = (step: string): DomainError =>
  new DomainError('TRY_AGAIN', `Jira stayed busy while ${step}; the creation will resume where it stopped.`);

/**
 * Creates whatever of the plan does not exist yet: epic, then rows in bulk chunks of 50, then "Blocks" links,
 * then the brief's remote link, and finally the campaign record. Safe to run again at any point: rows are
 * found by the property each issue is born with, links by what Jira shows, so nothing is created twice.
 */
export async function runCreation(start: CreationJob, input: JobInputs, ports: CreationPorts): Promise<CreationJob> {
  const { plan, requestId } = input;
  const errors: RowError[] = [];
  const preexisting = input.existingKeys ?? {};
  const keyByRow: Record<string, string> = { ...preexisting, ...start.issueKeys };
  let knownLinks: ExistingLink[] = [];
  const planned = plannedLinks(plan);
  let job: CreationJob = { ...start, state: 'running', attempts: start.attempts + 1, errors: [], updatedAt: ports.now() };

  const save = async (patch: Partial<CreationJob> = {}): Promise<void> => {
    const rowIds = new Set([EPIC_ROW_ID, ...plan.rows.map((r) => r.rowId)]);
    job = {
      ...job,
      ...patch,
      issueKeys: { ...keyByRow },
      epicKey: keyByRow[EPIC_ROW_ID],
      createdIssues: Object.keys(keyByRow).filter((r) => rowIds.has(r) && !preexisting[r]).length,
      errors: [...errors],
      updatedAt: ports.now(),
    };
    await ports.saveJob(job);
  };
  /** What Jira holds for this request; keys the job already recorded win (they came from Jira's own answers). */
  const reread = async (): Promise<void> => {
    const existing = readExisting(requestId, await ports.findIssuesOfRequest(requestId));
    for (const [rowId, key] of Object.entries(existing.keyByRow)) keyByRow[rowId] ??= key;
    knownLinks = existing.links;
  };

  await save();
  const fields = await ports.findAppFields();
  for (const moduleKey of fields.missing) {
    errors.push({
      field: moduleKey,
      message: `${moduleKey}: the app's custom field is not installed on this site; issues were created without it.`,
    });
  }
  await reread();

  // 1. The epic: every other issue is its child.
  for (let round = 0; !keyByRow[EPIC_ROW_ID]; round++) {
    if (round >= MAX_ROUNDS) throw stillBusy('creating the epic');
    try {
      keyByRow[EPIC_ROW_ID] = (await ports.createIssue(epicPayload(plan, requestId, fields.ids))).key;
    } catch (e) {
      if (!isTryAgain(e)) throw e;
      await reread();
    }
  }
  const epicKey = keyByRow[EPIC_ROW_ID];
  await save();

  // 2. Milestones and tasks, in chunks of 50. Rows Jira refused are not sent again in this run.
  const refused = new Set<string>();
  for (let round = 0; ; round++) {
    const missing = missingRowPayloads(plan, requestId, epicKey, fields.ids, new Set([...Object.keys(keyByRow), ...refused]));
    if (missing.length === 0) break;
    if (round >= MAX_ROUNDS) throw stillBusy('creating issues');
    let unsure = false;
    for (const part of chunk(missing)) {
      let answer;
      try {
        answer = await ports.bulkCreate(part.map((p) => p.details));
      } catch (e) {
        // Refused, or the answer was lost after Jira may have created the chunk: re-find by row property, never resend blindly.
        if (!isTryAgain(e)) throw e;
        unsure = true;
        break;
      }
      const outcome = mapBulkAnswer(
        part.map((p) => p.rowId),
        answer,
      );
      Object.assign(keyByRow, outcome.created);
      errors.push(...outcome.errors);
      for (const e of outcome.errors) if (e.rowId) refused.add(e.rowId);
      // Created issues we could not match to rows are found again by their property.
      if (Object.keys(outcome.created).length !== answer.issues.length) unsure = true;
      await save();
    }
    if (!unsure) break;
    await reread();
  }

  // 3. "Blocks" links: task → its milestone, predecessor → successor.
  const refusedLinks = new Set<string>();
  let sinceSave = 0;
  for (let round = 0; ; round++) {
    const diff = diffLinks(planned, keyByRow, knownLinks);
    const todo = diff.missing.filter((l) => !refusedLinks.has(`${l.fromRowId}>${l.toRowId}`));
    await save({ createdLinks: diff.existingCount });
    if (todo.length === 0) break;
    if (round >= MAX_ROUNDS) throw stillBusy('linking issues');
    let unsure = false;
    for (const link of todo) {
      try {
        await ports.createLink(link.type, link.fromKey, link.toKey);
        knownLinks = [...knownLinks, { type: link.type, fromKey: link.fromKey, toKey: link.toKey }];
      } catch (e) {
        if (isTryAgain(e)) {
          unsure = true;
          break;
        }
        if (!(e instanceof DomainError)) throw e;
        refusedLinks.add(`${link.fromRowId}>${link.toRowId}`);
        errors.push({
          rowId: link.fromRowId,
          field: 'issuelinks',
          message: `issuelinks: could not link ${link.fromKey} to ${link.toKey}: ${e.message}`,
        });
      }
      if (++sinceSave >= LINK_SAVE_EVERY) {
        sinceSave = 0;
        await save({ createdLinks: diffLinks(planned, keyByRow, knownLinks).existingCount });
      }
    }
    if (!unsure) {
      await save({ createdLinks: diffLinks(planned, keyByRow, knownLinks).existingCount });
      break;
    }
    await reread();
  }

  // 4. The brief, linked from the epic (same globalId = same link, so repeating is harmless).
  if (plan.brief) {
    try {
      await ports.upsertRemoteLink(epicKey, {
        globalId: `campaign-control:brief:${plan.brief.pageId}`,
        url: plan.brief.url,
        title: plan.brief.title,
        relationship: plan.language === 'fr' ? 'Brief de campagne' : 'Campaign brief',
      });
    } catch (e) {
      if (!(e instanceof DomainError) || isTryAgain(e)) throw e;
      errors.push({ rowId: EPIC_ROW_ID, field: 'remotelink', message: `remotelink: could not link the brief to ${epicKey}: ${e.message}` });
    }
  }

  // 5. The record re-plan starts from; then the verdict.
  await ports.saveRecord({ epicKey, requestId, createdAt: input.createdAt, createdBy: input.createdBy, plan, issueKeys: { ...keyByRow } });
  const complete =
    plan.rows.every((r) => keyByRow[r.rowId]) &&
    diffLinks(planned, keyByRow, knownLinks).missing.length === 0 &&
    !errors.some((e) => e.field === 'remotelink');
  await save({ state: complete ? 'done' : 'failed' });
  return job;
}

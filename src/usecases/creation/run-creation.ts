import { DomainError } from '../../domain/errors';
import type { CreationJob } from '../../domain/model';
import { mapBulkAnswer, rowError, type RowError } from '../../domain/creation/bulk-result';
import { chunk } from '../../domain/creation/chunk';
import { readExisting, type ExistingLink } from '../../domain/creation/existing-issues';
import { EPIC_ROW_ID, epicPayload, missingRowPayloads, type AppFieldIds } from '../../domain/creation/issue-payloads';
import type { JobInputs } from '../../domain/creation/job';
import { diffLinks, plannedLinks } from '../../domain/creation/links';
import type { CreationPorts } from '../ports/creation-engine';
import { nested, render } from '../../wording/messages';
import { insertBriefMacro } from './insert-brief-macro';

/** Re-read-then-resend rounds per step before the run stops and resumes later. */
const MAX_ROUNDS = 5;
/** Progress is saved after every this many links (a link is one call; saving each would double the calls). */
const LINK_SAVE_EVERY = 10;

const isTryAgain = (e: unknown): boolean => e instanceof DomainError && e.code === 'TRY_AGAIN';
const stillBusy = (step: 'epic' | 'issues' | 'links'): DomainError =>
  new DomainError('TRY_AGAIN', { key: 'creation.stillBusy', params: { step } });

type PlannedLink = ReturnType<typeof diffLinks>['missing'][number];
const linkId = (l: PlannedLink): string => `${l.fromRowId}>${l.toRowId}`;

/** One run of a creation job: what Jira holds for the request so far, the errors met, and the job as last saved. */
class CreationRun {
  readonly errors: RowError[] = [];
  readonly keyByRow: Record<string, string>;
  knownLinks: ExistingLink[] = [];
  job: CreationJob;
  private readonly preexisting: Readonly<Record<string, string>>;
  private readonly planned: ReturnType<typeof plannedLinks>;
  private linksSinceSave = 0;

  constructor(
    start: CreationJob,
    private readonly input: JobInputs,
    private readonly ports: CreationPorts,
  ) {
    this.preexisting = input.existingKeys ?? {};
    this.keyByRow = { ...this.preexisting, ...start.issueKeys };
    this.planned = plannedLinks(input.plan);
    this.job = { ...start, state: 'running', attempts: start.attempts + 1, errors: [], updatedAt: ports.now() };
  }

  async save(patch: Partial<CreationJob> = {}): Promise<void> {
    const rowIds = new Set([EPIC_ROW_ID, ...this.input.plan.rows.map((r) => r.rowId)]);
    this.job = {
      ...this.job,
      ...patch,
      issueKeys: { ...this.keyByRow },
      epicKey: this.keyByRow[EPIC_ROW_ID],
      createdIssues: Object.keys(this.keyByRow).filter((r) => rowIds.has(r) && !this.preexisting[r]).length,
      errors: [...this.errors],
      updatedAt: this.ports.now(),
    };
    await this.ports.saveJob(this.job);
  }

  /** What Jira holds for this request; keys the job already recorded win (they came from Jira's own answers). */
  async reread(): Promise<void> {
    const { requestId } = this.input;
    const existing = readExisting(requestId, await this.ports.findIssuesOfRequest(requestId));
    for (const [rowId, key] of Object.entries(existing.keyByRow)) this.keyByRow[rowId] ??= key;
    this.knownLinks = existing.links;
  }

  linkCount(): number {
    return diffLinks(this.planned, this.keyByRow, this.knownLinks).existingCount;
  }

  /** 1. The epic: every other issue is its child. */
  async createEpic(fieldIds: AppFieldIds): Promise<string> {
    const { plan, requestId } = this.input;
    for (let round = 0; ; round++) {
      const epicKey = this.keyByRow[EPIC_ROW_ID];
      if (epicKey) return epicKey;
      if (round >= MAX_ROUNDS) throw stillBusy('epic');
      try {
        this.keyByRow[EPIC_ROW_ID] = (await this.ports.createIssue(epicPayload(plan, requestId, fieldIds))).key;
      } catch (e) {
        if (!isTryAgain(e)) throw e;
        await this.reread();
      }
    }
  }

  /** 2. Milestones and tasks, in chunks of 50. Rows Jira refused are not sent again in this run. */
  async createRows(epicKey: string, fieldIds: AppFieldIds): Promise<void> {
    const { plan, requestId } = this.input;
    const refused = new Set<string>();
    for (let round = 0; ; round++) {
      const missing = missingRowPayloads(
        plan,
        requestId,
        epicKey,
        fieldIds,
        new Set([...Object.keys(this.keyByRow), ...refused]),
        this.ports.now(),
      );
      if (missing.length === 0) return;
      if (round >= MAX_ROUNDS) throw stillBusy('issues');
      let unsure = false;
      for (const part of chunk(missing)) {
        let answer;
        try {
          answer = await this.ports.bulkCreate(part.map((p) => p.details));
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
        Object.assign(this.keyByRow, outcome.created);
        this.errors.push(...outcome.errors);
        for (const e of outcome.errors) if (e.rowId) refused.add(e.rowId);
        // Created issues we could not match to rows are found again by their property.
        if (Object.keys(outcome.created).length !== answer.issues.length) unsure = true;
        await this.save();
      }
      if (!unsure) return;
      await this.reread();
    }
  }

  /** 3. "Blocks" links: task → its milestone, predecessor → successor. */
  async createLinks(): Promise<void> {
    const refusedLinks = new Set<string>();
    for (let round = 0; ; round++) {
      const diff = diffLinks(this.planned, this.keyByRow, this.knownLinks);
      const todo = diff.missing.filter((l) => !refusedLinks.has(linkId(l)));
      await this.save({ createdLinks: diff.existingCount });
      if (todo.length === 0) return;
      if (round >= MAX_ROUNDS) throw stillBusy('links');
      if (!(await this.linkAll(todo, refusedLinks))) {
        await this.save({ createdLinks: this.linkCount() });
        return;
      }
      await this.reread();
    }
  }

  /** Sends each link once; true when Jira was busy and what it holds must be re-read. Refusals join `refused`. */
  private async linkAll(todo: readonly PlannedLink[], refused: Set<string>): Promise<boolean> {
    for (const link of todo) {
      try {
        await this.ports.createLink(link.type, link.fromKey, link.toKey);
        this.knownLinks = [...this.knownLinks, { type: link.type, fromKey: link.fromKey, toKey: link.toKey }];
      } catch (e) {
        if (isTryAgain(e)) return true;
        if (!(e instanceof DomainError)) throw e;
        refused.add(linkId(link));
        const params = { from: link.fromKey, to: link.toKey, ...nested('detail', e.wording, e.message) };
        this.errors.push(rowError({ key: 'creation.linkFailed', params }, { rowId: link.fromRowId, field: 'issuelinks' }));
      }
      if (++this.linksSinceSave >= LINK_SAVE_EVERY) {
        this.linksSinceSave = 0;
        await this.save({ createdLinks: this.linkCount() });
      }
    }
    return false;
  }

  /** 4. The brief, linked from the epic (same globalId = same link, so repeating is harmless). */
  async linkBrief(epicKey: string): Promise<void> {
    const { plan } = this.input;
    if (!plan.brief) return;
    try {
      await this.ports.upsertRemoteLink(epicKey, {
        globalId: `campaign-control:brief:${plan.brief.pageId}`,
        url: plan.brief.url,
        title: plan.brief.title,
        relationship: render(plan.language, { key: 'creation.briefRelationship' }),
      });
    } catch (e) {
      if (!(e instanceof DomainError) || isTryAgain(e)) throw e;
      const params = { epicKey, ...nested('detail', e.wording, e.message) };
      this.errors.push(rowError({ key: 'creation.briefLinkFailed', params }, { rowId: EPIC_ROW_ID, field: 'remotelink' }));
    }
  }

  /**
   * 4b. With the PM's consent, the campaign status macro at the top of the brief page (a new version of it). Any
   * problem is a warning on the job, never a failed creation: the campaign exists, the page is unchanged.
   */
  async insertBriefMacro(epicKey: string): Promise<void> {
    const { plan, insertStatusMacro } = this.input;
    const pages = this.ports.briefPages;
    if (insertStatusMacro !== true || !plan.brief || !pages) return;
    const { pageId } = plan.brief;
    const warn = (m: Parameters<typeof rowError>[0]): void =>
      void this.errors.push(rowError(m, { rowId: EPIC_ROW_ID, field: 'briefMacro' }));
    try {
      const outcome = await insertBriefMacro({ pageId, epicKey, language: plan.language }, pages);
      if (outcome.kind === 'conflict') warn({ key: 'creation.briefMacroConflict', params: { pageId } });
      if (outcome.kind === 'gone') warn({ key: 'creation.briefMacroGone', params: { pageId } });
    } catch (e) {
      if (!(e instanceof DomainError) || isTryAgain(e)) throw e;
      warn({ key: 'creation.briefMacroFailed', params: { pageId, ...nested('detail', e.wording, e.message) } });
    }
  }

  /** 5. The record re-plan starts from; then the verdict. */
  async finish(epicKey: string): Promise<CreationJob> {
    const { plan, requestId, createdAt, createdBy } = this.input;
    await this.ports.saveRecord({ epicKey, requestId, createdAt, createdBy, plan, issueKeys: { ...this.keyByRow } });
    const complete =
      plan.rows.every((r) => this.keyByRow[r.rowId]) &&
      diffLinks(this.planned, this.keyByRow, this.knownLinks).missing.length === 0 &&
      !this.errors.some((e) => e.field === 'remotelink');
    await this.save({ state: complete ? 'done' : 'failed' });
    return this.job;
  }
}

/**
 * Creates whatever of the plan does not exist yet: epic, then rows in bulk chunks of 50, then "Blocks" links,
 * then the brief's remote link, and finally the campaign record. Safe to run again at any point: rows are
 * found by the property each issue is born with, links by what Jira shows, so nothing is created twice.
 */
export async function runCreation(start: CreationJob, input: JobInputs, ports: CreationPorts): Promise<CreationJob> {
  const run = new CreationRun(start, input, ports);
  await run.save();
  const fields = await ports.findAppFields();
  for (const moduleKey of fields.missing) {
    run.errors.push(rowError({ key: 'creation.fieldMissing', params: { field: moduleKey } }, { field: moduleKey }));
  }
  await run.reread();
  const epicKey = await run.createEpic(fields.ids);
  await run.save();
  await run.createRows(epicKey, fields.ids);
  await run.createLinks();
  await run.linkBrief(epicKey);
  await run.insertBriefMacro(epicKey);
  return run.finish(epicKey);
}

import type { CampaignRecord, CreationJob } from '../../../src/domain/model';
import type { CreationPorts } from '../../../src/usecases/ports/creation-engine';
import type { IssueUpdateDetails } from '../../../src/domain/creation/issue-payloads';
import { FoundIssue } from '../../../src/domain/creation/existing-issues';
import { AppError } from '../../../src/shared/result';

interface FakeIssue {
  id: number;
  key: string;
  details: IssueUpdateDetails;
}

/**
 * An in-memory Jira for the creation engine. `lose` makes the next N writes of a kind happen in Jira but
 * answer TRY_AGAIN (the response was lost); `refuse` makes them fail before happening.
 */
export class FakeJira {
  issues: FakeIssue[] = [];
  links: { type: string; fromKey: string; toKey: string }[] = [];
  remoteLinks = new Map<string, { issueKey: string; url: string }>();
  jobs: CreationJob[] = [];
  records: CampaignRecord[] = [];
  calls = { bulk: 0, create: 0, link: 0, search: 0 };
  lose = { bulk: 0, link: 0, create: 0 };
  refuse = { bulk: 0, link: 0 };
  /** Rows whose summary Jira refuses with a field error. */
  refuseSummaryOf = new Set<string>();
  missingFields: string[] = [];

  private add(details: IssueUpdateDetails): FakeIssue {
    const id = this.issues.length + 100;
    const issue = { id, key: `MKT-${id}`, details };
    this.issues.push(issue);
    return issue;
  }

  ports(): CreationPorts {
    return {
      now: () => '2026-11-24T10:00:00.000Z',
      findAppFields: async () => ({ ids: { plannedCost: 'customfield_1' }, missing: this.missingFields }),
      findIssuesOfRequest: async (requestId) => {
        this.calls.search++;
        return this.issues
          .filter((i) => i.details.properties[0].value.requestId === requestId)
          .map((i) =>
            FoundIssue.parse({
              id: String(i.id),
              key: i.key,
              properties: { campaignControlRow: i.details.properties[0].value },
              fields: {
                issuelinks: this.links
                  .filter((l) => l.fromKey === i.key || l.toKey === i.key)
                  .map((l) => ({
                    type: { name: l.type },
                    ...(l.fromKey === i.key ? { outwardIssue: { key: l.toKey } } : { inwardIssue: { key: l.fromKey } }),
                  })),
              },
            }),
          );
      },
      createIssue: async (details) => {
        this.calls.create++;
        const issue = this.add(details);
        if (this.lose.create > 0 && this.lose.create--) throw new AppError('TRY_AGAIN', 'lost');
        return { key: issue.key };
      },
      bulkCreate: async (updates) => {
        this.calls.bulk++;
        if (updates.length > 50) throw new Error('more than 50 in one bulk create');
        if (this.refuse.bulk > 0 && this.refuse.bulk--) throw new AppError('TRY_AGAIN', 'refused');
        const issues: { id: string; key: string }[] = [];
        const errors: {
          status: number;
          failedElementNumber: number;
          elementErrors: { errorMessages: string[]; errors: Record<string, string> };
        }[] = [];
        updates.forEach((u, i) => {
          if (this.refuseSummaryOf.has(u.properties[0].value.rowId))
            errors.push({ status: 400, failedElementNumber: i, elementErrors: { errorMessages: [], errors: { summary: 'too long' } } });
          else {
            const issue = this.add(u);
            issues.push({ id: String(issue.id), key: issue.key });
          }
        });
        if (this.lose.bulk > 0 && this.lose.bulk--) throw new AppError('TRY_AGAIN', 'lost');
        return { issues, errors };
      },
      createLink: async (type, fromKey, toKey) => {
        this.calls.link++;
        if (this.refuse.link > 0 && this.refuse.link--) throw new AppError('TRY_AGAIN', 'refused');
        this.links.push({ type, fromKey, toKey });
        if (this.lose.link > 0 && this.lose.link--) throw new AppError('TRY_AGAIN', 'lost');
      },
      upsertRemoteLink: async (issueKey, link) => {
        this.remoteLinks.set(link.globalId, { issueKey, url: link.url });
      },
      saveJob: async (job) => {
        this.jobs.push(job);
      },
      saveRecord: async (record) => {
        this.records.push(record);
      },
    };
  }
}

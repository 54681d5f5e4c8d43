import { DomainError } from '../../src/domain/errors';
import { getIssueOverview } from '../../src/usecases/issues/get-issue-overview';
import type { IssueOverviewReaderPort } from '../../src/usecases/ports/issue-overview-reader';

/** An in-memory reader: what one user can see, and who they are. */
function readerSeeing(keys: string[]): IssueOverviewReaderPort & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async issue(issueKey) {
      asked.push(issueKey);
      if (!keys.includes(issueKey))
        throw new DomainError('NOT_FOUND', `issueKey: ${issueKey} does not exist or you do not have permission to see it`, 'issueKey');
      return {
        key: issueKey,
        summary: 'Brief',
        status: 'To Do',
        statusCategory: 'new',
        issueType: 'Task',
        assignee: null,
        dueDate: null,
        labels: [],
      };
    },
    async myself() {
      return { accountId: 'lea', displayName: 'Léa Dubois', locale: 'fr_FR' };
    },
  };
}

describe('getIssueOverview (use case)', () => {
  it("reads the module's own issue, not the payload's", async () => {
    const reader = readerSeeing(['MKT-1', 'MKT-2']);
    const out = await getIssueOverview({ contextIssueKey: 'MKT-1', issueKey: 'MKT-2' }, { reader });
    expect(out.issue.key).toBe('MKT-1');
    expect(out.actingUser).toEqual({ accountId: 'lea', displayName: 'Léa Dubois', locale: 'fr_FR' });
    expect(reader.asked).toEqual(['MKT-1']);
  });

  it('needs an issue from the context or the payload, naming the field', async () => {
    await expect(getIssueOverview({}, { reader: readerSeeing([]) })).rejects.toMatchObject({ code: 'INVALID_INPUT', field: 'issueKey' });
  });

  it('passes on what the user may not see as NOT_FOUND', async () => {
    await expect(getIssueOverview({ issueKey: 'MKT-9' }, { reader: readerSeeing(['MKT-1']) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

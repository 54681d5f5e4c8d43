import type { IssueOverview } from '../../contracts/issue-overview';
import { DomainError } from '../../domain/errors';
import type { IssueOverviewReaderPort } from '../ports/issue-overview-reader';

export interface GetIssueOverviewPorts {
  reader: IssueOverviewReaderPort;
}

/**
 * The issue the panel sits on and who is looking. The issue is the module's own (Forge context) when there is one,
 * else the payload's. Errors: INVALID_INPUT `issueKey` when neither names an issue; NOT_FOUND from the reader when
 * the user cannot see it.
 */
export async function getIssueOverview(
  input: { contextIssueKey?: string; issueKey?: string },
  ports: GetIssueOverviewPorts,
): Promise<IssueOverview> {
  const issueKey = input.contextIssueKey ?? input.issueKey;
  if (!issueKey) throw new DomainError('INVALID_INPUT', { key: 'errors.issueKeyOutsideIssue' }, 'issueKey');
  const [issue, actingUser] = await Promise.all([ports.reader.issue(issueKey), ports.reader.myself()]);
  return { issue, actingUser };
}

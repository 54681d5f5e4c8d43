import { forgeRemainingMs, RetryGate } from '../adapters/http/retry';
import { getCampaignRecord, listCampaignRecords } from '../adapters/storage/campaign-records';
import { jiraProjectGrants } from '../adapters/jira/project-grants';
import { jiraSignOffComments } from '../adapters/jira/signoff-comments';
import { readGatedIssueAsApp, readGatedIssueAsUser } from '../adapters/jira/signoff-gated-issue';
import { readSignOffMirror, writeSignOffMirror } from '../adapters/jira/signoff-mirror';
import { peopleNamesById } from '../adapters/jira/signoff-people';
import { readPeopleNames, writePeopleNames } from '../adapters/storage/people-names';
import { transitionGatedIssue } from '../adapters/jira/signoff-transitions';
import {
  appendSignOffEntry,
  claimReminder,
  clearCommentPending,
  listPendingComments,
  listSignOffEntries,
  markCommentPending,
  newEntryId,
  releaseReminder,
  reminderSent,
} from '../adapters/storage/signoff-record';
import { systemClock } from '../usecases/ports/clock';
import { cachedPeopleNames } from '../usecases/signoff/people-names';
import type { SignOffPorts } from '../usecases/signoff/signoff-ports';

/**
 * The composition root for sign-off: one retry gate per invocation. `as` is whose name the reads and the people
 * list are asked in: the user's in resolvers (Jira hides what they cannot see), the app's in triggers and jobs.
 * Names come from the app's cache, Jira asked only for people it lacks (or, with `namesMaxAgeMs`, read longer ago).
 */
export function signOffPorts(as: 'user' | 'app', options: { namesMaxAgeMs?: number } = {}): SignOffPorts {
  const retry = new RetryGate();
  const people = cachedPeopleNames(
    {
      cache: { read: readPeopleNames, write: writePeopleNames },
      lookup: { names: (ids) => peopleNamesById(ids, as, retry) },
      clock: systemClock,
    },
    options.namesMaxAgeMs,
  );
  return {
    issues: { read: (key) => (as === 'user' ? readGatedIssueAsUser(key, retry) : readGatedIssueAsApp(key, retry)) },
    records: { get: getCampaignRecord },
    campaigns: { list: listCampaignRecords },
    signOffRecord: {
      entries: (epicKey) => listSignOffEntries(epicKey),
      append: appendSignOffEntry,
      newEntryId,
      markCommentPending,
      clearCommentPending,
      pendingComments: (epicKey) => listPendingComments(epicKey),
    },
    reminderClaims: { sent: reminderSent, claim: claimReminder, release: releaseReminder },
    mirror: { read: (key) => readSignOffMirror(key, retry), write: (key, mirror) => writeSignOffMirror(key, mirror, retry) },
    workflow: { transition: (key, target) => transitionGatedIssue(key, target, retry) },
    comments: jiraSignOffComments(retry),
    people,
    grants: jiraProjectGrants,
    clock: systemClock,
    deadline: { remainingMs: forgeRemainingMs },
  };
}

import { jiraAssignablePeople } from '../adapters/jira/assignable-people';
import { portfolioStore } from '../adapters/storage/portfolio-store';
import { randomUUID } from 'node:crypto';
import { forgeCreationQueue } from '../adapters/events/creation-queue';
import { appFieldIdsWithMissing } from '../adapters/jira/fields';
import { bulkCreateIssues, createIssue } from '../adapters/jira/bulk-create';
import { findIssuesOfRequest } from '../adapters/jira/issue-search';
import { createIssueLink } from '../adapters/jira/links';
import { jiraProjectGrants } from '../adapters/jira/project-grants';
import { upsertRemoteLink } from '../adapters/jira/remote-links';
import { forgeRemainingMs, RetryGate } from '../adapters/http/retry';
import { getCampaignRecord, saveCampaignRecord } from '../adapters/storage/campaign-records';
import { acquireLease, createJobOnce, getJob, getJobInput, releaseLease, saveJob } from '../adapters/storage/creation-jobs';
import type { CreateCampaignPorts } from '../usecases/creation/create-campaign';
import type { RunCreationJobPorts } from '../usecases/creation/run-creation-job';
import { systemClock } from '../usecases/ports/clock';
import type { CreationJiraPort } from '../usecases/ports/creation-engine';
import type { CreationJobsPort } from '../usecases/ports/creation-jobs';
import type { BriefPageWriterPort } from '../usecases/ports/brief-page-writer';
import { currentAppIdentity, readBriefPage, updateBriefPage } from '../adapters/confluence/brief-page-writer';

/** The composition root for campaign creation: real adapters behind their ports, one set per invocation. */
const jobs: CreationJobsPort = {
  createOnce: createJobOnce,
  job: getJob,
  input: getJobInput,
  save: saveJob,
  acquireLease: (jobId, claim) => acquireLease(jobId, claim),
  releaseLease,
};

/** Jira for the engine, behind one `RetryGate` per run: a quota pause holds every call of this invocation. */
function creationJira(): CreationJiraPort {
  const retry = new RetryGate();
  return {
    findAppFields: () => appFieldIdsWithMissing(retry),
    findIssuesOfRequest: (requestId) => findIssuesOfRequest(requestId, retry),
    createIssue: (details) => createIssue(details, retry),
    bulkCreate: (updates) => bulkCreateIssues(updates, retry),
    createLink: (type, fromKey, toKey) => createIssueLink(type, fromKey, toKey, retry),
    upsertRemoteLink: (issueKey, link) => upsertRemoteLink(issueKey, link, retry),
  };
}

/** The brief page, as the PM (the job runs as them): read, then a new version with the status macro. */
function briefPages(): BriefPageWriterPort {
  const retry = new RetryGate();
  return {
    read: (pageId) => readBriefPage(pageId, retry),
    update: (page, storage, message) => updateBriefPage(page, storage, message, retry),
    app: currentAppIdentity,
    newId: () => randomUUID(),
  };
}

/** createCampaign, getCreationJob, and queueing rows added to a campaign (breakdown). */
export const creationPorts = (): CreateCampaignPorts => ({
  grants: jiraProjectGrants,
  assignable: jiraAssignablePeople,
  jobs,
  queue: forgeCreationQueue,
  clock: systemClock,
});

export const runCreationJobPorts = (): RunCreationJobPorts => ({
  jobs,
  queue: forgeCreationQueue,
  clock: systemClock,
  invocation: { remainingMs: forgeRemainingMs, newId: () => randomUUID() },
  records: { get: getCampaignRecord },
  recordWriter: { save: saveCampaignRecord },
  jira: creationJira(),
  briefPages: briefPages(),
  portfolio: portfolioStore,
});

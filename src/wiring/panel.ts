import { RetryGate } from '../adapters/http/retry';
import { jiraQuota } from '../adapters/http/jira-quota';
import { findCostFieldIds } from '../adapters/jira/campaign-cost-fields';
import {
  bulkFetchCampaignIssues,
  checkCampaignChanges,
  lookupIssueAsUser,
  readCampaignIssues,
  readThroughputDays,
} from '../adapters/jira/campaign-reader';
import { listPeople } from '../adapters/jira/people';
import { getCampaignRecord, listCampaignRecords } from '../adapters/storage/campaign-records';
import { loadCampaignActuals } from '../adapters/storage/kpi-actuals';
import { listSignOffEntries } from '../adapters/storage/signoff-record';
import { getSnapshotMeta, loadSnapshot, markSnapshotChecked, saveFullSnapshot, saveSnapshotChanges } from '../adapters/storage/snapshots';
import type { ApplyIssueEventPorts } from '../usecases/panel/apply-issue-event';
import type { GetCampaignPanelPorts } from '../usecases/panel/get-campaign-panel';
import { computeCampaignPanel } from '../usecases/panel/compute-campaign-panel';
import type { PanelComputerPort } from '../usecases/ports/panel-computer';
import { systemClock } from '../usecases/ports/clock';
import { forecastCapacity } from './capacity';
import { riskRegisterPort } from './risks';
import type { SnapshotStorePort } from '../usecases/ports/snapshot-store';
import { forecastStore } from '../adapters/storage/forecasts';
import { forgeForecastQueue } from '../adapters/events/forecast-queue';
import type { RecomputeForecastPorts } from '../usecases/panel/recompute-forecast';
import { jiraProjectGrantsWith } from '../adapters/jira/project-grants';
import { portfolioStore } from '../adapters/storage/portfolio-store';
import { cachedGrants, cachedPeople, cachedThroughputDays, campaignHints } from '../adapters/storage/panel-caches';

const snapshots: SnapshotStorePort = {
  load: loadSnapshot,
  meta: getSnapshotMeta,
  saveFull: saveFullSnapshot,
  saveChanges: saveSnapshotChanges,
  markChecked: markSnapshotChecked,
};

/**
 * The composition root for the campaign panel (and the status report's numbers): Jira read as the user, one retry
 * gate; slow-changing reads cached in app storage (adapters/storage/panel-caches), the user's grants too when the
 * caller names the user they are asked as.
 */
export function campaignPanelPorts(accountId?: string): GetCampaignPanelPorts {
  const retry = new RetryGate();
  const grants = jiraProjectGrantsWith(retry);
  return {
    jira: {
      lookup: (key) => lookupIssueAsUser(key, retry),
      costFieldIds: () => findCostFieldIds(retry),
      readCampaign: (epicKey, costFields) => readCampaignIssues(epicKey, costFields, retry),
      throughputDays: (projectKey) => cachedThroughputDays(projectKey, (key) => readThroughputDays(key, retry)),
      fetch: (keys, costFields) => bulkFetchCampaignIssues(keys, costFields, 'user', retry),
      changesSince: (epicKey, minutes, costFields, options) => checkCampaignChanges(epicKey, minutes, costFields, options, retry),
    },
    records: { get: getCampaignRecord },
    snapshots,
    directory: cachedPeople({ list: listPeople }),
    hints: campaignHints,
    signOffRecord: { entries: (epicKey) => listSignOffEntries(epicKey) },
    actuals: { load: loadCampaignActuals },
    campaigns: { all: listCampaignRecords },
    capacity: forecastCapacity,
    risks: riskRegisterPort(retry),
    forecasts: forecastStore,
    forecastQueue: forgeForecastQueue,
    clock: systemClock,
    grants: accountId ? cachedGrants(grants, accountId) : grants,
    portfolio: portfolioStore,
    quota: { current: () => jiraQuota().current() },
  };
}

/**
 * The forecast consumer's ports: app storage (snapshots, records, capacity), and the risk register, which a project
 * with a Risk issue type keeps in Jira (read as the app: a consumer has no user).
 */
export function recomputeForecastPorts(): RecomputeForecastPorts {
  return {
    records: { get: getCampaignRecord },
    snapshots,
    campaigns: { all: listCampaignRecords },
    capacity: forecastCapacity,
    risks: riskRegisterPort(new RetryGate()),
    forecasts: forecastStore,
    clock: systemClock,
    portfolio: portfolioStore,
    signOffRecord: { entries: (epicKey) => listSignOffEntries(epicKey) },
    actuals: { load: loadCampaignActuals },
  };
}

/** The ports of the campaign issue-event trigger: the one issue is read as the app (a trigger has no user). */
export function campaignEventPorts(): ApplyIssueEventPorts {
  const retry = new RetryGate();
  return {
    jira: {
      costFieldIds: () => findCostFieldIds(retry),
      fetch: (keys, costFields) => bulkFetchCampaignIssues(keys, costFields, 'app', retry),
    },
    records: { get: getCampaignRecord },
    campaigns: { list: listCampaignRecords },
    snapshots,
    forecastRequests: { forecasts: forecastStore, forecastQueue: forgeForecastQueue, clock: systemClock },
  };
}

/** The campaign panel as a port, for use cases that word its numbers (the status report): the same computation. */
export const panelComputer: PanelComputerPort = {
  async compute(issueKey, user, options) {
    // A report publishes its numbers: a forecast that is not current is computed now rather than shown stale.
    const computed = await computeCampaignPanel(issueKey, user, { ...options, inlineForecast: true }, campaignPanelPorts());
    if (computed.kind === 'none') return computed;
    const { panel, loaded, signOffEntries, today, risks } = computed;
    return {
      kind: 'panel',
      panel,
      record: loaded.record,
      issues: Object.values(loaded.snapshot.issues),
      people: loaded.people,
      signOffEntries,
      today,
      risks,
    };
  },
};

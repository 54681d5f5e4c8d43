import { RetryGate } from '../adapters/http/retry';
import { lookupIssueAsUser } from '../adapters/jira/campaign-reader';
import { listPeople } from '../adapters/jira/people';
import { jiraProjectGrants } from '../adapters/jira/project-grants';
import { findRiskIssueType } from '../adapters/jira/risk-issues';
import { jiraRiskRegister } from '../adapters/jira/risk-register';
import { getCampaignRecord } from '../adapters/storage/campaign-records';
import { listRiskRegister, saveRiskRegister } from '../adapters/storage/risk-registers';
import { cachedRiskIssueType, cacheRiskIssueType } from '../adapters/storage/risk-type-cache';
import type { RiskIssueType } from '../domain/risks/jira-register';
import type { SaveRiskPorts } from '../usecases/risks/save-risk';
import { systemClock } from '../usecases/ports/clock';
import type { RiskRegisterHome, RiskRegisterPort } from '../usecases/ports/risk-register';

type Register = Pick<RiskRegisterPort, 'list' | 'save'>;

const appStorage: Register = { list: listRiskRegister, save: saveRiskRegister };

/** The project's Risk type: from the hour-long cache, else from Jira (then cached). */
async function riskTypeOf(projectKey: string, retry: RetryGate): Promise<RiskIssueType | undefined> {
  const cached = await cachedRiskIssueType(projectKey);
  if (cached !== undefined) return cached ?? undefined;
  const type = await findRiskIssueType(projectKey, retry);
  await cacheRiskIssueType(projectKey, type);
  return type;
}

/**
 * Campaign risk registers, for the register resolvers and the panel's forecast alike: in Jira (one issue of type Risk
 * per risk, under the epic) when the campaign's project has an issue type named "Risk", else in app storage. A
 * register already started in app storage stays there, so risks saved before the project gained the type are not
 * lost from sight. Built once per invocation: the project's types (cached an hour in app storage, so a panel render
 costs no REST call for it) and each campaign's home are asked once.
 */
export function riskRegisterPort(retry: RetryGate): RiskRegisterPort {
  const types = new Map<string, Promise<RiskIssueType | undefined>>();
  const homes = new Map<string, Promise<{ home: RiskRegisterHome; register: Register }>>();
  const typeOf = (projectKey: string): Promise<RiskIssueType | undefined> => {
    let type = types.get(projectKey);
    if (!type) types.set(projectKey, (type = riskTypeOf(projectKey, retry)));
    return type;
  };
  const resolve = async (epicKey: string): Promise<{ home: RiskRegisterHome; register: Register }> => {
    const storage = { home: { source: 'app_storage' } as const, register: appStorage };
    const record = await getCampaignRecord(epicKey);
    if (!record) return storage;
    const projectKey = record.plan.projectKey;
    const type = await typeOf(projectKey);
    if (!type || (await listRiskRegister(epicKey)).length > 0) return storage;
    return { home: { source: 'jira', issueType: type.name }, register: jiraRiskRegister(projectKey, type, retry) };
  };
  const homeOf = (epicKey: string): Promise<{ home: RiskRegisterHome; register: Register }> => {
    let home = homes.get(epicKey);
    if (!home) homes.set(epicKey, (home = resolve(epicKey)));
    return home;
  };
  return {
    list: async (epicKey) => (await homeOf(epicKey)).register.list(epicKey),
    save: async (epicKey, risks) => (await homeOf(epicKey)).register.save(epicKey, risks),
    home: async (epicKey) => (await homeOf(epicKey)).home,
  };
}

/** The composition root of the risk register resolvers (Jira read as the user). */
export const riskPorts = (): SaveRiskPorts => {
  const retry = new RetryGate();
  return {
    records: { get: getCampaignRecord },
    grants: jiraProjectGrants,
    issues: { visible: async (key) => (await lookupIssueAsUser(key, retry)) !== undefined },
    register: riskRegisterPort(retry),
    people: { list: listPeople },
    clock: systemClock,
  };
};

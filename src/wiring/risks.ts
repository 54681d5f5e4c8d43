import { RetryGate } from '../adapters/http/retry';
import { lookupIssueAsUser } from '../adapters/jira/campaign-reader';
import { listPeople } from '../adapters/jira/people';
import { jiraProjectGrants } from '../adapters/jira/project-grants';
import { getCampaignRecord } from '../adapters/storage/campaign-records';
import { listRiskRegister, saveRiskRegister } from '../adapters/storage/risk-registers';
import type { SaveRiskPorts } from '../usecases/risks/save-risk';
import { systemClock } from '../usecases/ports/clock';
import type { RiskRegisterPort } from '../usecases/ports/risk-register';

/** Campaign risk registers in app storage: what the register resolvers and the panel's forecast read. */
export const riskRegister: RiskRegisterPort = { list: listRiskRegister, save: saveRiskRegister };

/** The composition root of the risk register resolvers (Jira read as the user). */
export const riskPorts = (): SaveRiskPorts => {
  const retry = new RetryGate();
  return {
    records: { get: getCampaignRecord },
    grants: jiraProjectGrants,
    issues: { visible: async (key) => (await lookupIssueAsUser(key, retry)) !== undefined },
    register: riskRegister,
    people: { list: listPeople },
    clock: systemClock,
  };
};

import { RISK_STATUS_CATEGORY, riskWrites, risksOfIssues, type RiskIssueType, type RiskWrite } from '../../domain/risks/jira-register';
import type { StoredRisk } from '../../domain/risks/register';
import type { RiskRegisterPort } from '../../usecases/ports/risk-register';
import type { RetryGate } from '../http/retry';
import { createRiskIssue, moveRiskIssue, relateRiskToEpic, searchRiskIssues, updateRiskIssue } from './risk-issues';

/**
 * What follows the one write that holds a risk's data (the link to the epic, the workflow status) only mirrors it:
 * a failure there is logged, the save stands, and the next save of that risk moves it again.
 */
async function mirror(what: string, issueKey: string, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (e) {
    console.error(`[campaign-control] risk issue ${issueKey}: ${what} failed; the risk is saved`, e);
  }
}

async function apply(projectKey: string, type: RiskIssueType, epicKey: string, write: RiskWrite, retry: RetryGate): Promise<void> {
  if (write.kind === 'update') {
    await updateRiskIssue(write.key, epicKey, write.risk, retry);
    const { moveTo } = write;
    if (moveTo) await mirror('moving it', write.key, () => moveRiskIssue(write.key, moveTo, retry));
    return;
  }
  const key = await createRiskIssue(projectKey, type, epicKey, write.risk, retry);
  if (type.placement === 'relates') await mirror('linking it to the epic', key, () => relateRiskToEpic(key, epicKey, retry));
  const category = RISK_STATUS_CATEGORY[write.risk.status];
  if (category !== 'new') await mirror('moving it', key, () => moveRiskIssue(key, category, retry));
}

/**
 * The register of campaigns of `projectKey` kept in Jira: one issue of `type` per risk, under (or related to) the
 * epic, its data in the `campaignRisk` property. `save` reads the issues first and writes only the risks that
 * differ (each in one call: created with its property, or edited fields and property together), so saving the same
 * register again writes nothing and never makes a second issue for a risk.
 */
export function jiraRiskRegister(projectKey: string, type: RiskIssueType, retry: RetryGate): Pick<RiskRegisterPort, 'list' | 'save'> {
  return {
    async list(epicKey) {
      return risksOfIssues(await searchRiskIssues(projectKey, epicKey, retry));
    },
    async save(epicKey: string, risks: readonly StoredRisk[]) {
      const writes = riskWrites(epicKey, risks, await searchRiskIssues(projectKey, epicKey, retry));
      // One at a time: a register save changes one risk, and per-issue write limits are Jira's tightest.
      for (const write of writes) await apply(projectKey, type, epicKey, write, retry);
    },
  };
}

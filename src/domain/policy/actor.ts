/**
 * Who is acting, as the policy needs to know them: the account from the Forge context (never from a payload) and
 * what Jira says that account may do in the campaign's project (`mypermissions`, asked as the user).
 */
export interface ProjectGrants {
  browse: boolean;
  createIssues: boolean;
  editIssues: boolean;
  administer: boolean;
}

export interface Actor {
  accountId: string;
  grants: ProjectGrants;
}

/** The people a campaign names: its PM (who created it) and the approvers of each gate. */
export interface CampaignParties {
  pmAccountId: string;
  approverAccountIds: readonly string[];
}

/** The parties of a stored campaign record (`createdBy`, `plan.gates[].approverAccountIds`). */
export function partiesOf(record: {
  createdBy: string;
  plan: { gates: readonly { approverAccountIds: readonly string[] }[] };
}): CampaignParties {
  return { pmAccountId: record.createdBy, approverAccountIds: [...new Set(record.plan.gates.flatMap((g) => g.approverAccountIds))] };
}

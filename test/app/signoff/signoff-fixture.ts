import { addDays, format } from 'date-fns';
import { CampaignPlan, SignOffEntry, type PlanGate } from '../../../src/domain/model';
import { KvsStore } from '../../../local/forge/kvs/kvs-store';
import { CAMILLE } from '../../../local/identity/demo-users';
import type { TestHost } from '../../support/host';
import { epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { planWith } from '../creation/plan-fixture';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';

/** A date `days` calendar days from today (the server's today), as the app computes it. */
export const dayFromToday = (days: number): string => format(addDays(new Date(), days), 'yyyy-MM-dd');

export type GateSpec = Omit<PlanGate, 'approverRoles' | 'declineNeedsReason' | 'dueDate'> &
  Partial<Pick<PlanGate, 'declineNeedsReason' | 'dueDate'>>;

/**
 * Creates a campaign through the real creation job: `milestones` milestones of one task each (milestones assigned to
 * Camille, who creates them and so is their reporter too), with the given gates. Answers the epic and row → issue key.
 */
export async function createGatedCampaign(
  th: TestHost,
  label: string,
  milestones: number,
  gates: GateSpec[],
): Promise<{ epicKey: string; keys: Record<string, string>; plan: CampaignPlan }> {
  const base = planWith(milestones, 1, label);
  const plan = CampaignPlan.parse({
    ...base,
    gates: gates.map((g) => ({ approverRoles: ['legal'], declineNeedsReason: false, dueDate: dayFromToday(30), ...g })),
  });
  const started = await invokeResolver(th, CAMILLE.accountId, 'createCampaign', { ...CONFIRM_ERRORS, requestId: `signoff-${label}`, plan });
  if (!started.ok) throw new Error(`createCampaign failed: ${JSON.stringify(started.error)}`);
  const job = await waitForCreationJob(th, CAMILLE.accountId, started.data.jobId);
  if (!job.ok || job.data.state !== 'done') throw new Error(`creation job did not finish: ${JSON.stringify(job)}`);
  return { epicKey: epicOf(job), keys: job.data.issueKeys, plan };
}

/** Every sign-off record entry of a campaign, straight from the host's KVS (what the app stored, checked as entries). */
export function storedEntries(th: TestHost, epicKey: string): { key: string; value: SignOffEntry }[] {
  const kvs = new KvsStore(th.host.db);
  return kvs
    .beginsWith('plain', `signoff:${epicKey}:`, 10_000)
    .items.map((i) => ({ key: i.key, value: SignOffEntry.parse(JSON.parse(JSON.stringify(i.value))) }));
}

export function storedKeys(th: TestHost, prefix: string): string[] {
  return new KvsStore(th.host.db).beginsWith('plain', prefix, 10_000).items.map((i) => i.key);
}

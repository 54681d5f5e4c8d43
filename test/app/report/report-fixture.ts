import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { CampaignPlan } from '../../../src/domain/model';
import { CAMILLE, LEA } from '../../../local/identity/demo-users';
import { resolverContracts, type ResultOf } from '../../../src/contracts/registry';
import type { ResolverError } from '../../../src/contracts/resolver-result';
import { refusal, success, type ContractAnswer } from '../../support/contract-call';
import type { TestHost } from '../../support/host';
import { epicOf, invokeResolver, waitForCreationJob } from '../../support/invoke';
import { planWith } from '../creation/plan-fixture';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';

const shift = (iso: string, days: number): string => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');

/** `planWith`'s campaign moved so it launches `launchInDays` calendar days from today (negative: in the past). */
export function planLaunchingIn(launchInDays: number, label: string): CampaignPlan {
  const base = planWith(2, 2, label);
  const days = differenceInCalendarDays(addDays(new Date(), launchInDays), parseISO(base.launchDate));
  return CampaignPlan.parse({
    ...base,
    name: `Campagne ${label}`,
    launchDate: shift(base.launchDate, days),
    rows: base.rows.map((r) => ({ ...r, startDate: shift(r.startDate, days), dueDate: shift(r.dueDate, days) })),
    kpis: base.kpis.map((k) => ({ ...k, windowStart: shift(k.windowStart, days), windowEnd: shift(k.windowEnd, days) })),
    gates: [
      {
        gateId: 'legal',
        name: 'Légal',
        milestoneRowId: 'milestone-1',
        approverRoles: ['legal'],
        approverAccountIds: [LEA.accountId],
        quorum: { kind: 'all' },
        dueDate: shift(base.rows[0]!.dueDate, days),
        declineNeedsReason: false,
      },
    ],
  });
}

/** Creates the campaign through the real creation job, as Camille; answers the epic and row → issue key. */
export async function createCampaign(
  th: TestHost,
  plan: CampaignPlan,
  requestId: string,
): Promise<{ epicKey: string; keys: Record<string, string> }> {
  const started = await invokeResolver(th, CAMILLE.accountId, 'createCampaign', { ...CONFIRM_ERRORS, requestId, plan });
  if (!started.ok) throw new Error(`createCampaign failed: ${JSON.stringify(started.error)}`);
  const job = await waitForCreationJob(th, CAMILLE.accountId, started.data.jobId);
  if (!job.ok || job.data.state !== 'done') throw new Error(`creation job did not finish: ${JSON.stringify(job)}`);
  return { epicKey: epicOf(job), keys: job.data.issueKeys };
}

/**
 * Runs `publishStatusReport` as the panel would, with the user's own locale unless `locale` says otherwise (the
 * typed helpers in test/support send no locale). `payload` is unchecked: some tests send what no panel can. A
 * successful answer is checked against the contract's result schema, as `invokeResolver` does.
 */
export async function publish(
  th: TestHost,
  accountId: string,
  payload: unknown,
  locale?: string,
): Promise<ContractAnswer<ResultOf<'publishStatusReport'>>> {
  const res = await fetch(`${th.url}/local/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      moduleKey: 'campaign-panel',
      functionKey: 'publishStatusReport',
      payload,
      accountId,
      ...(locale ? { locale } : {}),
    }),
  });
  const out = (await res.json()) as { ok: boolean; result?: { ok: boolean; data?: unknown; error?: ResolverError }; error?: unknown };
  if (!out.ok || !out.result) throw new Error(`invoke publishStatusReport failed in the host: ${JSON.stringify(out.error)}`);
  if (!out.result.ok) return refusal(out.result.error);
  return success(resolverContracts.publishStatusReport.result.parse(out.result.data));
}

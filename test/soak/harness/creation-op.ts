import type { CampaignPlan, CreationJob } from '../../../src/domain/model';
import { CAMILLE } from '../../../local/identity/demo-users';
import type { SoakClient } from './client';
import type { CrashableHost } from './crashable-host';
import { CONFIRM_ERRORS } from '../../support/confirm-errors';

export interface CreationOutcome {
  requestId: string;
  plan: CampaignPlan;
  jobId?: string;
  epicKey?: string;
  issueKeys: Record<string, string>;
  state: 'done' | 'failed' | 'stuck';
  /** createCampaign sent again: after a lost answer or a kill (the re-run), or after the job stopped as failed. */
  reruns: number;
  lostAnswers: number;
  tryAgain: number;
  killsFired: number;
  ms: number;
  errors: string[];
}

const PLANNER = { moduleKey: 'campaign-planner' } as const;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** "Press Create again" at most this many times after the job says failed. */
const MAX_FAILED_RERUNS = 5;

/**
 * Creates one campaign as the planner page does (createCampaign, then polling getCreationJob), while the host is
 * killed after `killDelaysMs`. After every kill the page's re-run is done: createCampaign again with the same
 * requestId, then polling again until the job is done (or the time is up: `stuck`).
 */
export async function createThroughKills(
  host: CrashableHost,
  client: SoakClient,
  requestId: string,
  plan: CampaignPlan,
  killDelaysMs: readonly number[],
  timeoutMs: number,
): Promise<CreationOutcome> {
  const started = Date.now();
  const out: CreationOutcome = {
    requestId,
    plan,
    issueKeys: {},
    state: 'stuck',
    reruns: 0,
    lostAnswers: 0,
    tryAgain: 0,
    killsFired: 0,
    ms: 0,
    errors: [],
  };
  const kills = host.armKills('creation', killDelaysMs);
  let failedReruns = 0;
  let needCreate = true;
  let sentOnce = false;
  try {
    while (Date.now() - started < timeoutMs) {
      if (needCreate) {
        if (sentOnce) out.reruns += 1;
        sentOnce = true;
        const created = await client.invoke<{ jobId: string }>(
          CAMILLE.accountId,
          'createCampaign',
          { ...CONFIRM_ERRORS, requestId, plan },
          PLANNER,
        );
        if (created.kind === 'lost') {
          out.lostAnswers += 1;
          await host.whenUp();
          continue;
        }
        if (created.kind === 'refused') {
          if (created.code !== 'TRY_AGAIN') {
            out.errors.push(`createCampaign: ${created.code} ${created.message}`);
            out.state = 'failed';
            return out;
          }
          out.tryAgain += 1;
          await sleep(500);
          continue;
        }
        out.jobId = created.data.jobId;
        needCreate = false;
      }
      const polled = await client.invoke<CreationJob>(CAMILLE.accountId, 'getCreationJob', { jobId: out.jobId }, PLANNER);
      if (polled.kind === 'lost') {
        out.lostAnswers += 1;
        await host.whenUp();
        needCreate = true;
        continue;
      }
      if (polled.kind === 'refused') {
        if (polled.code === 'TRY_AGAIN') out.tryAgain += 1;
        else out.errors.push(`getCreationJob: ${polled.code} ${polled.message}`);
        needCreate = true;
        await sleep(300);
        continue;
      }
      const job = polled.data;
      out.issueKeys = job.issueKeys;
      out.epicKey = job.epicKey;
      if (job.state === 'done') {
        out.state = 'done';
        return out;
      }
      if (job.state === 'failed') {
        if (++failedReruns > MAX_FAILED_RERUNS) {
          out.errors.push(`the job stayed failed: ${job.errors.map((e) => e.message).join(' | ')}`);
          out.state = 'failed';
          return out;
        }
        needCreate = true;
      }
      await sleep(150);
    }
    out.errors.push(`not done after ${Math.round(timeoutMs / 1000)} s`);
    return out;
  } finally {
    kills.cancel();
    out.killsFired = await kills.done;
    out.ms = Date.now() - started;
  }
}

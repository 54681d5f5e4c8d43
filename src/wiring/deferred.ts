import { forgeDeferredWake } from '../adapters/events/deferred-queue';
import { jiraQuota } from '../adapters/http/jira-quota';
import { kvsDeferredWork } from '../adapters/storage/deferred-work';
import { systemClock } from '../usecases/ports/clock';
import type { DeferredRunners, DeferredWorkPorts } from '../usecases/ports/deferred-work';
import { sendSignOffReminders } from '../usecases/signoff/send-reminders';
import { signOffPorts } from './signoff';

/** Deferring and draining work while Jira's quota is short: the quota state, app storage, the `campaign-deferred` queue. */
export function deferredWorkPorts(): DeferredWorkPorts {
  return { quota: { current: () => jiraQuota().current() }, store: kvsDeferredWork, wake: forgeDeferredWake, clock: systemClock };
}

/** What each kind of deferred work runs once Jira's quota has reset (as the app: a drain has no user). */
export const deferredRunners: DeferredRunners = {
  async signoffReminders() {
    // Claimed per gate and day: a second run posts nothing twice.
    const run = await sendSignOffReminders(signOffPorts('app'));
    if (run.failures.length > 0) throw new Error(`reminders failed for ${run.failures.join(', ')}`);
  },
};

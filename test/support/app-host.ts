import { startTestHost, type TestHost } from './host';
import type { LocalHostOptions } from '../../local/forge/local-host';

/**
 * Registers beforeAll/afterAll for a test file that runs the app end to end: a fresh host whose queues run at
 * once (`queueMsPerSecond: 1`). The app's retry policy runs as deployed, real waits included: tests under faults
 * keep them short with `retryAfterSeconds: 0` and few faults (`times`, `only`); the policy's timing is unit-tested.
 * Read the host from the returned object inside tests: `const app = useAppTestHost(); … app.th.call(…)`.
 */
export function useAppTestHost(options: Partial<LocalHostOptions> = {}): { readonly th: TestHost } {
  const holder: { th?: TestHost } = {};
  beforeAll(async () => {
    holder.th = await startTestHost({ queueMsPerSecond: 1, ...options });
  });
  afterAll(async () => {
    await holder.th?.close();
  });
  return {
    get th(): TestHost {
      if (!holder.th) throw new Error('the test host starts in beforeAll');
      return holder.th;
    },
  };
}

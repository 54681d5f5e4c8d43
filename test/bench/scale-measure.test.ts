import { startBenchHost, type BenchHost } from '../../bench/bench-host';
import { measureActions, type MeasuredActions } from '../../bench/scale/measure-actions';
import { ACTION_NAMES } from '../../bench/scale/model';

/**
 * `npm run bench:scale`'s measurement, run once with no quiet period, so that the script cannot rot unnoticed
 * (the bench itself is not part of `npm test`): every action is measured, the person's own Jira edit is not counted
 * as the app's, and a KPI push costs no Jira call.
 */
describe('scale bench measurement through the bench host', () => {
  let h: BenchHost;
  let m: MeasuredActions;

  beforeAll(async () => {
    h = await startBenchHost();
    m = await measureActions(h, { quietMs: 0, log: () => undefined });
  }, 120_000);
  afterAll(() => h.close());

  it('measures every action on the demo site, in points, calls and KVS units', () => {
    expect(Object.keys(m.actions).sort()).toEqual([...ACTION_NAMES].sort());
    expect(m.context).toMatchObject({ creationItems: 60, reminderOutcome: 'succeeded' });
    for (const name of ACTION_NAMES) {
      const c = m.actions[name];
      expect(c.points).toBeGreaterThanOrEqual(c.requests);
      expect(c.kvsReadUnits + c.kvsWriteUnits).toBeGreaterThanOrEqual(c.kvsRequests);
    }
    // Creating 60 issues and their links takes Jira calls and KVS writes whatever the code.
    expect(m.actions.creation.requests).toBeGreaterThan(0);
    expect(m.actions.creation.kvsWriteUnits).toBeGreaterThan(0);
  });

  it("leaves the person's own edit out of the app's cost", () => {
    const listed = m.operations.edit.filter((o) => !o.startsWith('KVS '));
    expect(listed).toContainEqual(expect.stringMatching(/^PUT \/rest\/api\/3\/issue\/\{issueIdOrKey\} ×1 = 1 pts$/));
    const total = listed.reduce((sum, o) => sum + Number(/= (\d+) pts$/.exec(o)?.[1] ?? NaN), 0);
    expect(m.actions.edit.points).toBe(total - 1);
  });

  it('a KPI push needs no Jira call', () => {
    expect(m.actions.kpiPush).toMatchObject({ requests: 0, points: 0 });
  });
});

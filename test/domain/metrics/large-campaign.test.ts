import { buildCampaignPanel } from '../../../src/domain/metrics';
import type { SnapshotIssue } from '../../../src/domain/model';
import { largeCampaign, LARGE_TODAY } from './large-campaign';

/** Correctness at 5,000 issues (timings belong to `npm run bench`). */
describe('a 5,000-issue campaign', () => {
  for (const withHistory of [true, false]) {
    it(`computes the whole panel (${withHistory ? 'throughput history' : 'estimates'})`, () => {
      const { record, snapshot } = largeCampaign(withHistory);
      const panel = buildCampaignPanel({
        record,
        snapshot,
        today: LARGE_TODAY,
        people: {},
        actingAccountId: 'acc-1',
        issueKey: 'MKT-1',
        dataAsOf: snapshot.refreshedAt,
        refresh: 'cold',
      });

      const issues = Object.values(snapshot.issues);
      const rows = new Map(record.plan.rows.map((r) => [r.rowId, r]));
      const plannedOf = (i: SnapshotIssue) => i.plannedCost ?? (i.rowId ? (rows.get(i.rowId)?.plannedCost ?? 0) : 0);
      const estimateOf = (i: SnapshotIssue) => i.estimateDays ?? (i.rowId ? (rows.get(i.rowId)?.estimateBusinessDays ?? 1) : 1);
      const cents = (n: number) => Math.round(n * 100) / 100;
      const isDone = (i: SnapshotIssue) => i.statusCategory === 'done';

      expect(issues).toHaveLength(5000);
      expect(panel.campaign.issueCount).toBe(5000);
      expect(panel.budget.actual).toBe(cents(issues.reduce((s, i) => s + (i.actualCost ?? 0), 0)));
      expect(panel.budget.committed).toBe(cents(issues.reduce((s, i) => s + (i.committedCost ?? 0), 0)));
      expect(panel.budget.earnedValue).toBe(cents(issues.filter(isDone).reduce((s, i) => s + plannedOf(i), 0)));
      // Done work cost 110% of plan everywhere, so CPI is 1/1.1 up to cent rounding.
      expect(panel.budget.cpi).toBeCloseTo(1 / 1.1, 3);
      expect(panel.budget.series[panel.budget.series.length - 1]!.plannedCumulative).toBe(
        cents(issues.reduce((s, i) => s + plannedOf(i), 0)),
      );

      expect(panel.milestones).toHaveLength(50);
      for (const m of panel.milestones) {
        const open = issues.filter((i) => i.milestoneKey === m.key && !isDone(i));
        expect(m.openTasks).toBe(open.length);
        expect(m.remainingWorkDays).toBe(open.reduce((s, i) => s + estimateOf(i), 0));
        expect(m.forecastBasis).toBe('network');
        expect((m.p85 as string) >= (m.p50 as string)).toBe(true);
      }
      // Later milestones never finish earlier than the first.
      expect((panel.milestones[49]!.p50 as string) >= (panel.milestones[0]!.p50 as string)).toBe(true);
      expect(panel.gates.map((g) => g.state)).toEqual(['open', ...Array(9).fill('waiting')]);
    });
  }
});

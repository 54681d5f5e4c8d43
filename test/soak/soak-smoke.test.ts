import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatReport } from './harness/report';
import { runSoak, type SoakReport } from './harness/soak';

/**
 * The soak harness at CI size: the local host as a child process, faults on, SIGKILLed during a campaign creation
 * and during a sign-off burst, restarted, the work re-run; then nothing may be duplicated, missing or lost.
 * `npm run soak` is the same with 50+ kills.
 */
describe('soak run (CI size)', () => {
  let report: SoakReport;
  const workDir = mkdtempSync(join(tmpdir(), 'cc-soak-'));

  beforeAll(async () => {
    report = await runSoak({
      kills: 2,
      seed: 11,
      workDir,
      shape: { milestones: 2, tasksPerMilestone: 2 },
      faults: { rate429: 0.05, error5xx: 0.03, latencyMs: 5, issueErrors: 0.05, retryAfterSeconds: 1, seed: 11 },
      secondKillChance: 0,
      opTimeoutMs: 40_000,
      log: () => undefined,
    });
  }, 110_000);
  afterAll(() => rmSync(workDir, { recursive: true, force: true }));

  it('survives its kills with nothing duplicated, missing or lost', () => {
    const c = report.consistency;
    expect(report.errors).toEqual([]);
    expect(c.problems).toEqual([]);
    expect(report.kills.total).toBeGreaterThanOrEqual(2);
    expect(report.kills.hostStarts).toBe(report.kills.total + 1);
    expect(c.campaigns).toBeGreaterThanOrEqual(2);
    expect({ duplicates: c.duplicateIssues, missing: c.missingIssues, stray: c.strayIssues, notDone: c.jobsNotDone }).toEqual({
      duplicates: 0,
      missing: 0,
      stray: 0,
      notDone: 0,
    });
    expect({ duplicateLinks: c.duplicateLinks, missingLinks: c.missingLinks }).toEqual({ duplicateLinks: 0, missingLinks: 0 });
    expect({ lost: c.lostDecisions + c.lostUnacknowledged, duplicated: c.duplicateDecisions, missing: c.missingDecisions }).toEqual({
      lost: 0,
      duplicated: 0,
      missing: 0,
    });
    expect(c.decisionsPlanned).toBe(report.operations.decisions);
    expect({ mirrorsWrong: c.mirrorsWrong, commentsMissing: c.commentsMissing, commentsDuplicated: c.commentsDuplicated }).toEqual({
      mirrorsWrong: 0,
      commentsMissing: 0,
      commentsDuplicated: 0,
    });
  });

  it('measured the faults and retries on the emulator side', () => {
    const f = report.faulty.calls;
    expect(f.refused429 + f.refused503).toBeGreaterThan(0);
    expect(f.calls).toBe(f.answered + f.refused429 + f.refused503);
    expect(f.retries).toBeLessThanOrEqual(f.refused429 + f.refused503);
    expect(report.baseline.calls.refused429 + report.baseline.calls.refused503).toBe(0);
    expect(formatReport(report)).toMatch(/kills survived\s+\d+/);
  });
});

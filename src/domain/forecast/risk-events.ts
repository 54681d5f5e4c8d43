import type { Random } from '../metrics/random';
import type { IndexedNetwork } from './activity-list';
import type { RiskEvent } from './model';
import type { PassResult } from './serial-pass';

interface IndexedRisk {
  risk: RiskEvent;
  targets: number[];
  /** The last milestone of the campaign of its first target: where its effect on the launch is read. */
  end: number;
  fired: { trials: number; finish: number };
  quiet: { trials: number; finish: number };
}

function campaignEnds(network: IndexedNetwork, pass: PassResult | null): Map<string, number> {
  const ends = new Map<string, number>();
  network.activities.forEach((a, i) => {
    if (a.kind !== 'milestone' || a.done) return;
    const current = ends.get(a.campaign);
    const later = current === undefined || (a.dueDate ?? '') > (network.activities[current]?.dueDate ?? '');
    if (later || (pass && (pass.finish[i] ?? 0) > (pass.finish[current] ?? 0))) ends.set(a.campaign, i);
  });
  return ends;
}

/** Risks drawn trial by trial, with what each did to its campaign's launch when it happened and when it did not. */
export class RiskDraws {
  private readonly risks: IndexedRisk[];

  constructor(network: IndexedNetwork, risks: readonly RiskEvent[]) {
    const index = new Map(network.activities.map((a, i) => [a.key, i]));
    const ends = campaignEnds(network, null);
    this.risks = risks
      .filter((r) => r.probability > 0 && r.impactDays > 0)
      .map((risk) => {
        const targets = risk.targets.map((k) => index.get(k)).filter((i): i is number => i !== undefined && !network.activities[i]?.done);
        const campaign = network.activities[targets[0] ?? -1]?.campaign ?? '';
        return { risk, targets, end: ends.get(campaign) ?? -1, fired: { trials: 0, finish: 0 }, quiet: { trials: 0, finish: 0 } };
      })
      .filter((r) => r.targets.length > 0);
  }

  /** Draws every risk for one trial and adds the impacts of those that happen to `work`; returns who fired. */
  draw(random: Random, work: Float64Array): boolean[] {
    return this.risks.map((r) => {
      const fires = random() < r.risk.probability;
      if (fires) for (const i of r.targets) work[i] = (work[i] ?? 0) + r.risk.impactDays;
      return fires;
    });
  }

  record(fired: readonly boolean[], pass: PassResult): void {
    this.risks.forEach((r, k) => {
      const side = fired[k] ? r.fired : r.quiet;
      side.trials += 1;
      side.finish += pass.finish[r.end] ?? 0;
    });
  }

  /** Each risk's mean delay of its launch when it happens against when it does not, business days (largest first). */
  effects(): { id: string; launchDelayDays: number }[] {
    return this.risks
      .map((r) => ({
        id: r.risk.id,
        launchDelayDays:
          r.fired.trials === 0 || r.quiet.trials === 0
            ? 0
            : Math.round((r.fired.finish / r.fired.trials - r.quiet.finish / r.quiet.trials) * 10) / 10,
      }))
      .sort((a, b) => b.launchDelayDays - a.launchDelayDays);
  }
}

import type { FaultConfig } from '../../../local/server/faults';
import type { SoakClient } from './client';
import type { HostProcess } from './host-process';

export type KillMoment = 'creation' | 'signoff';

/**
 * The host process plus the harness's kill switch: `killAndRestart` SIGKILLs the host wherever it is, starts it
 * again on the same data and switches the faults back on (with a new dice seed per start). Work that lost its
 * answer waits on `whenUp()` and carries on.
 */
export class CrashableHost {
  readonly kills: Record<KillMoment, number> = { creation: 0, signoff: 0 };
  /** When the last kill of each kind happened (epoch ms, 0 = never). */
  readonly lastKillAt: Record<KillMoment, number> = { creation: 0, signoff: 0 };
  private up: Promise<void> = Promise.resolve();
  private faults: Partial<FaultConfig> = {};

  constructor(
    readonly process: HostProcess,
    private readonly client: SoakClient,
  ) {}

  get totalKills(): number {
    return this.kills.creation + this.kills.signoff;
  }

  async boot(): Promise<void> {
    await this.process.start();
  }

  /** Faults for every start from now on (`{}` = none); the seed moves on with each start so no two starts roll the same dice. */
  async setFaults(faults: Partial<FaultConfig>): Promise<void> {
    this.faults = faults;
    await this.applyFaults();
  }

  private async applyFaults(): Promise<void> {
    const on = Object.keys(this.faults).length > 0;
    await this.client.local(
      'POST',
      '/local/faults',
      on ? { ...this.faults, seed: (this.faults.seed ?? 1) * 1000 + this.process.starts } : {},
    );
  }

  whenUp(): Promise<void> {
    return this.up;
  }

  async killAndRestart(moment: KillMoment): Promise<void> {
    this.kills[moment] += 1;
    this.lastKillAt[moment] = Date.now();
    this.up = (async () => {
      await this.process.kill();
      await this.process.start();
      await this.applyFaults();
    })();
    await this.up;
  }

  /**
   * Kills the host after each delay in turn (each counted from the restart before it), unless `cancel` was called
   * first. Answers a handle whose `done` settles once the last armed kill has fired or been cancelled.
   */
  armKills(moment: KillMoment, delaysMs: readonly number[]): { cancel: () => void; done: Promise<number> } {
    // An object, not a `let`: `cancel` sets it while the loop sleeps, which narrowing cannot see in the loop.
    const state = { cancelled: false };
    let wake: (() => void) | undefined;
    const sleep = (ms: number): Promise<void> =>
      new Promise((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    const done = (async () => {
      let fired = 0;
      for (const delay of delaysMs) {
        await sleep(delay);
        if (state.cancelled) break;
        await this.killAndRestart(moment);
        fired += 1;
      }
      return fired;
    })();
    return {
      cancel: () => {
        state.cancelled = true;
        wake?.();
      },
      done,
    };
  }
}

import type { DeferredKind, DeferredWork } from '../../domain/quota/deferred-work';
import type { Clock } from './clock';
import type { QuotaPort } from './quota';

/** Deferred work in app storage (`deferred:<kind>:<id>`): saved before the wake-up is queued, deleted once it ran. */
export interface DeferredWorkStorePort {
  save(work: DeferredWork): Promise<void>;
  list(): Promise<DeferredWork[]>;
  remove(work: Pick<DeferredWork, 'kind' | 'id'>): Promise<void>;
}

/** Queues a drain of the deferred work after `delayInSeconds` (the `campaign-deferred` queue). */
export interface DeferredWakePort {
  wake(delayInSeconds: number): Promise<boolean>;
}

/** Runs one kind of deferred work; idempotent. */
export type DeferredRunners = Record<DeferredKind, (work: DeferredWork) => Promise<void>>;

export interface DeferredWorkPorts {
  quota: QuotaPort;
  store: DeferredWorkStorePort;
  wake: DeferredWakePort;
  clock: Clock;
}

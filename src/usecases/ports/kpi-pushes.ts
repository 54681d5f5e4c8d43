import type { KpiPoint, PushOutcome } from '../../domain/kpi';

/** KPI actuals pushed by tools, one stored point per identity (KPI, instant, source). */
export interface KpiPushesPort {
  /** Stores `point` unless its identity is already stored: new, duplicate (same value) or conflict (other value). */
  store(epicKey: string, point: KpiPoint, now: Date): Promise<{ outcome: PushOutcome }>;
}

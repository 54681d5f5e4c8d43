import type { KpiSecret } from '../../domain/kpi';

/** Each campaign's signing secret for pushed KPI actuals (kept in the secret store). */
export interface KpiSecretsPort {
  get(epicKey: string): Promise<KpiSecret | undefined>;
  /** The campaign's secret, made at `now` on first need. */
  ensure(epicKey: string, now: Date): Promise<KpiSecret>;
  /** A new secret made at `now`; the old one stops verifying at once. */
  rotate(epicKey: string, now: Date): Promise<KpiSecret>;
}

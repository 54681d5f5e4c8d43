import type { QuotaState } from '../../domain/quota/jira-quota';

/** Jira's hourly points quota as this installation last saw it (read from app storage once per invocation). */
export interface QuotaPort {
  current(): Promise<QuotaState>;
}

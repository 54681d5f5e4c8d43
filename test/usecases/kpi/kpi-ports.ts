import type { KpiPoint, KpiSecret } from '../../../src/domain/kpi';
import type { KpiImportsPort, KpiImportSummary } from '../../../src/usecases/ports/kpi-imports';
import type { KpiPushesPort } from '../../../src/usecases/ports/kpi-pushes';
import type { KpiSecretsPort } from '../../../src/usecases/ports/kpi-secrets';

/** In-memory KPI storage for the use-case tests. */
export function memorySecrets(initial: Record<string, KpiSecret> = {}): KpiSecretsPort & { store: Map<string, KpiSecret> } {
  const store = new Map(Object.entries(initial));
  let n = 0;
  const fresh = (now: Date): KpiSecret => ({ secret: String(++n).padStart(64, '0'), createdAt: now.toISOString() });
  return {
    store,
    get: async (epicKey) => store.get(epicKey),
    async ensure(epicKey, now) {
      const secret = store.get(epicKey) ?? fresh(now);
      store.set(epicKey, secret);
      return secret;
    },
    async rotate(epicKey, now) {
      const secret = fresh(now);
      store.set(epicKey, secret);
      return secret;
    },
  };
}

export function memoryImports(): KpiImportsPort & { saved: Map<string, { summary: KpiImportSummary; points: number }> } {
  const saved = new Map<string, { summary: KpiImportSummary; points: number }>();
  return {
    saved,
    async save(summary, kpiPoints, spendPoints) {
      const existing = saved.get(summary.importId);
      if (existing) return { summary: existing.summary, created: false };
      saved.set(summary.importId, { summary, points: kpiPoints.length + spendPoints.length });
      return { summary, created: true };
    },
  };
}

export function memoryPushes(): KpiPushesPort & { points: Map<string, KpiPoint> } {
  const points = new Map<string, KpiPoint>();
  return {
    points,
    async store(epicKey, point) {
      const key = `${epicKey}:${point.kpiId}:${point.at}:${point.source}`;
      const existing = points.get(key);
      if (!existing) {
        points.set(key, point);
        return { outcome: 'new' };
      }
      return { outcome: existing.value === point.value ? 'duplicate' : 'conflict' };
    },
  };
}

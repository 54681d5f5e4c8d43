import { lazy } from 'react';

/** The KPI tools (CSV import dialog, connector) load on demand, in their own chunk, keeping the panel's first load small. */
export const LazyKpiTools = lazy(() => import('./KpiTools').then((m) => ({ default: m.KpiTools })));

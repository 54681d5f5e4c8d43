import { lazy } from 'react';

/**
 * The sign-off actions, forms, record and export load on demand, in one chunk: they are only needed once
 * `getSignOff` answered, and keeping them out of the first load keeps the panel's bundle within its size budget.
 */
const chunk = () => import('./signoff-actions');
export const LazyGateActions = lazy(() => chunk().then((m) => ({ default: m.GateActions })));
export const LazyGateRecord = lazy(() => chunk().then((m) => ({ default: m.GateRecord })));
export const LazyExportButton = lazy(() => chunk().then((m) => ({ default: m.ExportButton })));

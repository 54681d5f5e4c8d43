import { lazy } from 'react';

/** The risk register and its editor load on demand, in their own chunk, keeping the panel's first load small. */
export const LazyRiskRegister = lazy(() => import('./RiskRegister').then((m) => ({ default: m.RiskRegister })));

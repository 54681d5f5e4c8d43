import { lazy } from 'react';

/** "Publish status report" loads on demand, in its own chunk: the panel's first load stays within its size budget. */
export const LazyPublishReportButton = lazy(() => import('./PublishReportButton').then((m) => ({ default: m.PublishReportButton })));

import { webTrigger } from '@forge/api';

/** The `webtrigger` module tools push KPI actuals to (manifest.yml). */
export const KPI_WEBTRIGGER_MODULE = 'kpi-actuals-webtrigger';

/** The installation's URL of the KPI webtrigger: stable across deployments (Forge's web trigger API). */
export const kpiWebTriggerUrl = (): Promise<string> => webTrigger.getUrl(KPI_WEBTRIGGER_MODULE);

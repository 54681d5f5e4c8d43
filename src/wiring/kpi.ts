import { jiraProjectGrants } from '../adapters/jira/project-grants';
import { getCampaignRecord } from '../adapters/storage/campaign-records';
import { saveImport } from '../adapters/storage/kpi-imports';
import { storePushedPoint } from '../adapters/storage/kpi-pushes';
import { ensureKpiSecret, getKpiSecret, rotateKpiSecret } from '../adapters/storage/kpi-secrets';
import { kpiWebTriggerUrl } from '../adapters/forge/kpi-webtrigger-url';
import type { KpiConnectorPorts } from '../usecases/kpi/get-kpi-connector';
import type { ImportKpiCsvPorts } from '../usecases/kpi/import-kpi-csv';
import type { PushKpiActualPorts } from '../usecases/kpi/push-kpi-actual';
import type { CampaignRecordsPort } from '../usecases/ports/campaign-records';
import { systemClock } from '../usecases/ports/clock';
import type { KpiSecretsPort } from '../usecases/ports/kpi-secrets';

/** The composition root for KPI actuals: the connector, CSV imports and pushed points, on app storage. */
const records: CampaignRecordsPort = { get: getCampaignRecord };
const secrets: KpiSecretsPort = { get: getKpiSecret, ensure: ensureKpiSecret, rotate: rotateKpiSecret };

export const kpiConnectorPorts = (): KpiConnectorPorts => ({
  records,
  grants: jiraProjectGrants,
  secrets,
  pushUrl: { url: kpiWebTriggerUrl },
  clock: systemClock,
});

export const kpiImportPorts = (): ImportKpiCsvPorts => ({
  records,
  grants: jiraProjectGrants,
  imports: { save: saveImport },
  clock: systemClock,
});

export const kpiPushPorts = (): PushKpiActualPorts => ({ secrets, records, pushes: { store: storePushedPoint }, clock: systemClock });

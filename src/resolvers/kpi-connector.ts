import { getKpiConnector } from '../usecases/kpi/get-kpi-connector';
import { rotateKpiSecret } from '../usecases/kpi/rotate-kpi-secret';
import { kpiConnectorPorts } from '../wiring/kpi';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** Where and how tools push this campaign's KPI actuals; the secret is made on first need. PM and project admins only. */
export const getKpiConnectorResolver = contractResolver('getKpiConnector', (input, caller) =>
  getKpiConnector(input, userOf(caller), kpiConnectorPorts()),
);

/** A new signing secret for the campaign: pushes signed with the old one are refused from now on. */
export const rotateKpiSecretResolver = contractResolver('rotateKpiSecret', (input, caller) =>
  rotateKpiSecret(input, userOf(caller), kpiConnectorPorts()),
);

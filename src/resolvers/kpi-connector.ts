import { z } from 'zod';
import { ISSUE_KEY } from '../domain/kpi';
import { getKpiConnector } from '../usecases/kpi/get-kpi-connector';
import { rotateKpiSecret } from '../usecases/kpi/rotate-kpi-secret';
import { kpiConnectorPorts } from '../wiring/kpi';
import { defineResolver } from './define';

const EpicPayload = z.object({ epicKey: z.string().regex(ISSUE_KEY, 'must be an epic key like MKT-12') }).strict();

/** Where and how tools push this campaign's KPI actuals; the secret is made on first need. PM and project admins only. */
export const getKpiConnectorResolver = defineResolver(EpicPayload, (input, caller) => getKpiConnector(input, { accountId: caller.accountId, locale: caller.locale }, kpiConnectorPorts()));

/** A new signing secret for the campaign: pushes signed with the old one are refused from now on. */
export const rotateKpiSecretResolver = defineResolver(EpicPayload, (input, caller) => rotateKpiSecret(input, { accountId: caller.accountId, locale: caller.locale }, kpiConnectorPorts()));

import { listRisks } from '../usecases/risks/list-risks';
import { saveRisk } from '../usecases/risks/save-risk';
import { riskPorts } from '../wiring/risks';
import { userOf } from './caller-scope';
import { contractResolver } from './define';

/** The campaign's risk register, for anyone who sees the epic, with whether the caller may edit it. */
export const listRisksResolver = contractResolver('listRisks', (input, caller) => listRisks(input, userOf(caller), riskPorts()));

/** Creates (no `riskId`) or replaces one risk of the register: the campaign's PM and project admins only. */
export const saveRiskResolver = contractResolver('saveRisk', (input, caller) => saveRisk(input, userOf(caller), riskPorts()));

import { getTeamCapacity } from '../usecases/capacity/get-team-capacity';
import { setPersonCapacity } from '../usecases/capacity/set-person-capacity';
import { capacityPorts } from '../wiring/capacity';
import { scopeOf, userOf } from './caller-scope';
import { contractResolver } from './define';

/** Everyone's capacity for campaign work, with the rows the caller may change. */
export const getTeamCapacityResolver = contractResolver('getTeamCapacity', (input, caller) =>
  getTeamCapacity({ ...input, ...scopeOf(caller) }, userOf(caller), capacityPorts()),
);

/** Saves one person's capacity: the person themselves, or a project admin (`accountId` is whose, never who acts). */
export const setPersonCapacityResolver = contractResolver('setPersonCapacity', (input, caller) =>
  setPersonCapacity({ ...input, ...scopeOf(caller) }, userOf(caller), capacityPorts()),
);

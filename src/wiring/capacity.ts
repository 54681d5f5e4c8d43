import { listPeople } from '../adapters/jira/people';
import { jiraProjectGrants } from '../adapters/jira/project-grants';
import { getCapacity, listCapacities, saveCapacity } from '../adapters/storage/capacities';
import { personCapacity } from '../domain/capacity/settings';
import type { SetPersonCapacityPorts } from '../usecases/capacity/set-person-capacity';
import type { CapacityPort } from '../usecases/ports/capacity-store';
import { systemClock } from '../usecases/ports/clock';

/** The composition root for team capacity, and the capacity the forecast and conflict checks read. */
export const capacityPorts = (): SetPersonCapacityPorts => ({
  grants: jiraProjectGrants,
  people: { list: listPeople },
  capacities: { all: listCapacities, get: getCapacity, save: saveCapacity },
  clock: systemClock,
});

export const forecastCapacity: CapacityPort = {
  all: async () => (await listCapacities()).map((s) => personCapacity(s.accountId, s)),
};

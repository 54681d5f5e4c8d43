import type { GetTeamCapacityResult } from '../../contracts/capacity';
import { FULL_WEEK_HOURS } from '../../contracts/capacity';
import { mayOnPerson } from '../../domain/policy';
import type { ActingUser } from '../acting-user';
import { authoriseProjectAction } from '../authorise';
import type { CapacityStorePort } from '../ports/capacity-store';
import type { PeopleDirectoryPort } from '../ports/people-directory';
import type { ProjectGrantsPort } from '../ports/project-grants';
import { projectKeyOf, type ProjectScoped } from '../project-key';
import { capacityView } from './capacity-view';

export interface TeamCapacityPorts {
  grants: ProjectGrantsPort;
  people: PeopleDirectoryPort;
  capacities: CapacityStorePort;
}

/**
 * Everyone's capacity for campaign work, for anyone who can see the project, with which rows the acting user may
 * change (their own; everyone's for a project admin). The acting user comes first. Errors: INVALID_INPUT
 * `projectKey`; NOT_FOUND (cannot see the project).
 */
export async function getTeamCapacity(input: ProjectScoped, user: ActingUser, ports: TeamCapacityPorts): Promise<GetTeamCapacityResult> {
  const projectKey = projectKeyOf(input);
  const actor = await authoriseProjectAction(ports.grants, user, projectKey, 'campaigns.list');
  const [people, stored] = await Promise.all([ports.people.list(), ports.capacities.all()]);
  const byPerson = new Map(stored.map((s) => [s.accountId, s]));
  const rows = people.map((p) => capacityView(p, byPerson.get(p.accountId), mayOnPerson(actor, 'capacity.edit', p.accountId).allowed));
  rows.sort(
    (a, b) => Number(b.accountId === user.accountId) - Number(a.accountId === user.accountId) || a.displayName.localeCompare(b.displayName),
  );
  return { people: rows, fullWeekHours: FULL_WEEK_HOURS, canEditAll: actor.grants.administer };
}

import type { CapacityInput, SetPersonCapacityResult } from '../../contracts/capacity';
import { mergedTimeOff } from '../../domain/capacity/settings';
import { DomainError } from '../../domain/errors';
import { mayOnPerson } from '../../domain/policy';
import type { ActingUser } from '../acting-user';
import { authoriseProjectAction, refusalOf } from '../authorise';
import type { Clock } from '../ports/clock';
import { projectKeyOf, type ProjectScoped } from '../project-key';
import { capacityView } from './capacity-view';
import type { TeamCapacityPorts } from './get-team-capacity';

export interface SetPersonCapacityPorts extends TeamCapacityPorts {
  clock: Clock;
}

/**
 * Saves one person's capacity (the policy's `capacity.edit`: the person, or a project admin). The whole setting is
 * replaced at once, so nothing is half-written; time off is stored merged and in order. Errors: INVALID_INPUT
 * `projectKey`; NOT_FOUND (cannot see the project; `accountId` not a person of the site); FORBIDDEN `accountId`.
 */
export async function setPersonCapacity(
  input: ProjectScoped & { accountId: string; capacity: CapacityInput },
  user: ActingUser,
  ports: SetPersonCapacityPorts,
): Promise<SetPersonCapacityResult> {
  const projectKey = projectKeyOf(input);
  const actor = await authoriseProjectAction(ports.grants, user, projectKey, 'campaigns.list');
  const decision = mayOnPerson(actor, 'capacity.edit', input.accountId);
  if (!decision.allowed) throw refusalOf(decision, projectKey, 'accountId');
  const person = (await ports.people.list()).find((p) => p.accountId === input.accountId);
  if (!person) throw new DomainError('NOT_FOUND', { key: 'errors.personNotFound' }, 'accountId');
  const { availabilityPercent, hoursPerWeek, reservedPercent, timeOff } = input.capacity;
  const stored = {
    accountId: person.accountId,
    ...(hoursPerWeek !== undefined ? { hoursPerWeek } : { availabilityPercent: availabilityPercent ?? 100 }),
    reservedPercent,
    timeOff: mergedTimeOff(timeOff),
    updatedAt: ports.clock.now().toISOString(),
    updatedBy: user.accountId,
  };
  await ports.capacities.save(stored);
  return { person: capacityView(person, stored, true) };
}

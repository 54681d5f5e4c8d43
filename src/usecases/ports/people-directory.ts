import type { PersonOption } from '../../contracts/campaign-planner';

/** The active human users of the site, as the acting user may list them (the people a PM maps roles to). */
export interface PeopleDirectoryPort {
  list(): Promise<PersonOption[]>;
}

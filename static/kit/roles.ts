import type { BreakdownTaskView } from '../../src/contracts/breakdown';
import * as roles from '../../src/wording/catalog/roles';

type OwnerRole = BreakdownTaskView['ownerRole'];

/** The owner roles' names in each language (the planner's tables and pickers, the breakdown's task table). */
export const ROLE_NAMES = { en: roles.en, fr: roles.fr } satisfies Record<'en' | 'fr', Record<OwnerRole, string>>;

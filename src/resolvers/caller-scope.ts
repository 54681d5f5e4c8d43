import type { ActingUser } from '../usecases/acting-user';
import type { ProjectScoped } from '../usecases/project-key';
import type { CallerContext } from './define';

/** The acting user, from the Forge context only (never from a payload). */
export const userOf = (caller: CallerContext): ActingUser => ({
  accountId: caller.accountId,
  ...(caller.locale ? { locale: caller.locale } : {}),
});

/** The project of the module the call comes from (project page), when the Forge context names one. */
export const scopeOf = (caller: CallerContext): Pick<ProjectScoped, 'contextProjectKey'> =>
  caller.projectKey ? { contextProjectKey: caller.projectKey } : {};

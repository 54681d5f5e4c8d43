import { DomainError } from '../domain/errors';

/** Where a call says which project it is about: the module's own Forge context, or the payload. */
export interface ProjectScoped {
  /** The project of the module the call comes from (project page), from the Forge context. */
  contextProjectKey?: string;
  projectKey?: string;
}

/** The project a call is about: the module's own context first (project page, issue panel), else the payload's. */
export function projectKeyOf(input: ProjectScoped): string {
  const key = input.contextProjectKey ?? input.projectKey;
  if (!key) throw new DomainError('INVALID_INPUT', { key: 'errors.projectKeyRequired' }, 'projectKey');
  return key;
}

/**
 * The shape of a project key in payloads. Who may do what in a project is the policy's
 * (`src/domain/policy`, through `src/usecases/authorise.ts`); which project a call is about is
 * `src/usecases/project-key.ts`.
 */
export const PROJECT_KEY = /^[A-Z][A-Z0-9_]+$/;

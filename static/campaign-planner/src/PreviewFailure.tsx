import type { ResolverFailure } from './api';
import type { Strings } from './i18n';
import type { SetupErrors, SetupField } from './setup-values';
import { ErrorState, NoAccessState } from './States';
import type { PreviewState } from './usePreview';

const SETUP_FIELDS: Record<string, SetupField> = {
  templateId: 'templateId',
  launchDate: 'launchDate',
  'budget.amount': 'budget.amount',
  'budget.currency': 'budget.amount',
  briefPageId: 'briefPageId',
};

/** How a refused preview shows: as no access, next to the setup field it names, or as an error of its own. */
export function previewFailure(
  state: PreviewState,
  errors: SetupErrors,
): { failure?: ResolverFailure; noAccess: boolean; onField: boolean; shownErrors: SetupErrors } {
  const failure = state.kind === 'error' ? state.failure : undefined;
  // Jira answers "not found" for a project the user may not see, so both mean: no access here.
  const noAccess = failure !== undefined && (failure.code === 'FORBIDDEN' || (failure.code === 'NOT_FOUND' && !failure.field));
  // A refusal that names a setup field belongs next to that field.
  const field = failure?.field ? SETUP_FIELDS[failure.field] : undefined;
  const shownErrors = field && !errors[field] ? { ...errors, [field]: failure?.message } : errors;
  return { failure, noAccess, onField: field !== undefined, shownErrors };
}

/** A refused preview: no access here, or an error to retry; nothing when the refusal shows next to its field. */
export function PreviewFailure({
  t,
  state,
  errors,
  onRetry,
}: {
  t: Strings;
  state: PreviewState;
  errors: SetupErrors;
  onRetry: () => void;
}) {
  const { failure, noAccess, onField } = previewFailure(state, errors);
  if (!failure) return null;
  if (noAccess) return <NoAccessState t={t} message={failure.message} />;
  return onField ? null : <ErrorState t={t} message={failure.message} onRetry={onRetry} />;
}

import type { ResolverFailure } from './api';
import type { Strings } from './i18n';

/** A refused or failed action, with the resolver's own message; a refusal for lack of permission says so. */
export function FailureBanner({ t, failure }: { t: Strings; failure: ResolverFailure }) {
  return (
    <div className="banner banner--danger" role="alert">
      <p className="banner__title">{failure.code === 'FORBIDDEN' ? t.forbiddenTitle : t.errorTitle}</p>
      <p>{failure.message}</p>
    </div>
  );
}

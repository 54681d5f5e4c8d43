import { actionWords } from '../../../src/wording/catalog/actions';
import type { Strings } from './i18n';

/** Why the changes shown cannot be applied by this user (the policy's reason), in place of the apply button. */
export function ApplyRefusal({ t, reason, testId }: { t: Strings; reason?: string | null; testId: string }) {
  return (
    <div className="banner banner--info" data-testid={testId}>
      <p className="banner__title">{actionWords(t.lang).applyRefusedTitle}</p>
      {reason && <p className="small">{reason}</p>}
    </div>
  );
}

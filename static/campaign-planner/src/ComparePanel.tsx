import { ApplyRefusal } from './ApplyRefusal';
import { DetailCard } from './DetailCard';
import { FailureBanner } from './FailureBanner';
import { BriefDifferencesTable } from './BriefDifferencesTable';
import { fieldLabel } from './diff-values';
import type { Formatters } from './format';
import { toBcp47 } from '../../kit/locale';
import type { Strings } from './i18n';
import { ErrorState, LoadingState } from './States';
import type { BriefDifference, CampaignSummary } from './types';
import { useCompare } from './useCompare';
import { useFieldSelection } from './useFieldSelection';

interface Props {
  t: Strings;
  f: Formatters;
  campaign: CampaignSummary;
  locale?: string;
  /** After brief values were applied (the launch date or budget in the list may have changed). */
  onApplied: () => void;
  onClose: () => void;
}

export function ComparePanel({ t, f, campaign, locale, onApplied, onClose }: Props) {
  const { state, accept, reload } = useCompare(campaign.epicKey);
  const selection = useFieldSelection();
  const { selected } = selection;
  const tag = toBcp47(locale);
  // The policy's answer from the list: someone who may not take brief values reads the differences and why not.
  const mayApply = campaign.actions.applyBrief;
  const apply = (differences: BriefDifference[]): void => {
    const fields = differences.map((d) => d.field).filter((x) => selected.has(x));
    accept(fields, () => {
      selection.clear();
      onApplied();
    });
  };

  const body = (() => {
    if (state.loaded.kind === 'loading') return <LoadingState t={t} />;
    if (state.loaded.kind === 'error') return <ErrorState t={t} message={state.loaded.failure.message} onRetry={reload} />;
    const { briefVersion, differences } = state.loaded.data;
    const byField = new Map(differences.map((d) => [d.field, d]));
    const version = `${t.briefVersion(briefVersion)}${campaign.briefTitle ? ` · ${campaign.briefTitle}` : ''}`;
    const appliedLabels = state.applied.map((field) =>
      byField.has(field) ? fieldLabel(t, byField.get(field) as BriefDifference) : (t.briefFields[field] ?? field),
    );
    return (
      <>
        {state.failure && <FailureBanner t={t} failure={state.failure} />}
        {state.applied.length > 0 && (
          <div className="banner banner--success" role="status" data-testid="compare-applied">
            <p className="banner__title">{t.appliedFields(f.list(appliedLabels))}</p>
          </div>
        )}
        {differences.length === 0 ? (
          <div className="banner banner--success" role="status" data-testid="no-differences">
            <p className="banner__title">{t.noDifferences}</p>
            <p className="small">{version}</p>
          </div>
        ) : (
          <>
            <p className="section__title">
              {t.differencesCount(differences.length)}
              <span className="muted small"> · {version}</span>
            </p>
            <BriefDifferencesTable
              t={t}
              f={f}
              tag={tag}
              differences={differences}
              selection={mayApply.allowed ? selection : undefined}
              disabled={state.applying}
            />
            {mayApply.allowed ? (
              <div className="actions">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={selected.size === 0 || state.applying}
                  onClick={() => apply(differences)}
                >
                  {state.applying ? t.applying : t.applySelected}
                </button>
              </div>
            ) : (
              <ApplyRefusal t={t} reason={mayApply.reason} testId="compare-refusal" />
            )}
          </>
        )}
      </>
    );
  })();

  return (
    <DetailCard t={t} title={t.compareHeading(campaign.name)} hint={t.compareHint} testId="compare-panel" onClose={onClose}>
      {body}
    </DetailCard>
  );
}

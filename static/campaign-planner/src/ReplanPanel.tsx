import { useState } from 'react';
import { actionWords } from '../../../src/wording/catalog/actions';
import { ApplyRefusal } from './ApplyRefusal';
import { DetailCard } from './DetailCard';
import { FailureBanner } from './FailureBanner';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import { ReplanDateForm } from './ReplanDateForm';
import { ReplanTable } from './ReplanTable';
import { ReplanConflicts } from './ReplanConflicts';
import { CollisionsList } from '../../kit/CollisionsList';
import type { CampaignSummary } from './types';
import { useReplan } from './useReplan';

interface Props {
  t: Strings;
  f: Formatters;
  campaign: CampaignSummary;
  /** After the changes were applied: the list shows the new launch date. */
  onApplied: () => void;
  onClose: () => void;
}

export function ReplanPanel({ t, f, campaign, onApplied, onClose }: Props) {
  const [date, setDate] = useState(campaign.launchDate);
  const { state, preview, apply, level } = useReplan(campaign.epicKey);
  const shown = state.shown;
  const stale = shown !== undefined && shown.launchDate !== date;
  const moving = shown?.result.changes.filter((c) => !c.done).length ?? 0;
  const kept = (shown?.result.changes.length ?? 0) - moving;

  const canApply = shown !== undefined && !stale && !state.busy && moving > 0 && state.applied === undefined;
  // The policy's answer (from the list, then from the preview): no apply button for someone who may not re-plan.
  const refused = !campaign.actions.replan.allowed || shown?.result.mayApply?.allowed === false;
  const reason = shown?.result.mayApply?.refusal ?? campaign.actions.replan.reason;
  const title = campaign.actions.replan.allowed ? t.replanHeading(campaign.name) : actionWords(t.lang).simulateHeading(campaign.name);

  return (
    <DetailCard t={t} title={title} hint={t.replanHint} testId="replan-panel" onClose={onClose}>
      {refused && <ApplyRefusal t={t} reason={reason} testId="replan-refusal" />}
      <ReplanDateForm t={t} f={f} campaign={campaign} date={date} onDate={setDate} busy={state.busy} onPreview={preview} />
      {state.failure && <FailureBanner t={t} failure={state.failure} />}
      {state.applied !== undefined && shown && (
        <div className="banner banner--success" role="status" data-testid="replan-applied">
          <p className="banner__title">{t.appliedCount(state.applied, f.date(shown.launchDate))}</p>
        </div>
      )}
      {shown && (
        <div className="section" aria-busy={state.busy !== undefined}>
          {state.applied === undefined && (
            <div className="toolbar">
              <div>
                <p className="section__title" role="status">
                  {moving === 0 ? t.noChanges : t.changesSummary(moving, kept)}
                </p>
                {stale && <p className="section__hint">{t.staleChanges}</p>}
              </div>
              {moving > 0 && !refused && (
                <button
                  type="button"
                  className="button button--primary"
                  disabled={!canApply}
                  onClick={() => apply(shown.launchDate, onApplied)}
                >
                  {state.busy === 'apply' ? t.applying : t.applyReplan}
                </button>
              )}
            </div>
          )}
          {shown.result.conflicts && (
            <ReplanConflicts
              t={t}
              conflicts={shown.result.conflicts}
              mayApply={shown.result.mayApply}
              current={!stale && shown.launchDate === campaign.launchDate}
              busy={state.busy !== undefined}
              leveled={state.leveled}
              onApply={(p) =>
                level(p, shown.launchDate, (launchDate) => {
                  setDate(launchDate);
                  onApplied();
                })
              }
            />
          )}
          {shown.result.collisions && <CollisionsList lang={t.lang} collisions={shown.result.collisions} names={new Map()} />}
          {shown.result.changes.length > 0 && (
            <ReplanTable t={t} f={f} changes={shown.result.changes} label={t.replanHeading(campaign.name)} />
          )}
        </div>
      )}
    </DetailCard>
  );
}

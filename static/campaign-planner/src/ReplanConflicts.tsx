import type { LevelingProposal, PlanConflicts } from '../../../src/contracts/conflicts';
import { conflictWords } from '../../../src/wording/catalog/conflicts';
import { ConflictsSection } from '../../kit/ConflictsSection';
import type { Strings } from './i18n';
import type { ReplanCampaignResult } from './types';

interface Props {
  t: Strings;
  conflicts: PlanConflicts;
  mayApply: ReplanCampaignResult['mayApply'];
  /** Whether the conflicts are those of the campaign at its own launch date (proposals apply to that). */
  current: boolean;
  busy: boolean;
  leveled?: { proposal: LevelingProposal; alreadyApplied: boolean };
  onApply: (p: LevelingProposal) => void;
}

/**
 * A created campaign's conflicts in its re-plan, with an "Apply" button on each leveling proposal for those the
 * policy allows, at the campaign's own launch date; otherwise it says why there is none.
 */
export function ReplanConflicts({ t, conflicts, mayApply, current, busy, leveled, onApply }: Props) {
  const w = conflictWords(t.lang);
  const proposals = (conflicts.leveling?.length ?? 0) > 0;
  const allowed = mayApply?.allowed === true;
  const note = !proposals ? undefined : !current ? w.otherDate : !allowed && mayApply?.refusal ? w.notAllowed(mayApply.refusal) : undefined;
  return (
    <>
      {leveled && (
        <div className="banner banner--success" role="status" data-testid="leveling-applied">
          <p className="banner__title">{leveled.alreadyApplied ? w.alreadyApplied : w.applied(leveled.proposal)}</p>
        </div>
      )}
      {busy && (
        <p className="muted" role="status">
          {w.applying}
        </p>
      )}
      <ConflictsSection
        lang={t.lang}
        conflicts={conflicts}
        id="replan-conflicts"
        onApply={proposals && allowed && current ? onApply : undefined}
        busy={busy}
      />
      {note && (
        <p className="section__hint" data-testid="leveling-note">
          {note}
        </p>
      )}
    </>
  );
}

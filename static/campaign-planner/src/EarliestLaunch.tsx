import { guardWords } from '../../../src/wording/catalog/plan-guards';
import type { Strings } from './i18n';
import type { PreviewCampaignResult } from './types';

interface Props {
  t: Strings;
  earliest: NonNullable<PreviewCampaignResult['earliestLaunch']>;
  busy: boolean;
  onApply: (launchDate: string) => void;
}

const SHOWN_MOVES = 8;

/** The scheduler's earliest feasible launch: for a plan that does not fit, the date that fixes it and what it moves. */
export function EarliestLaunch({ t, earliest, busy, onApply }: Props) {
  const w = guardWords(t.lang);
  const later = earliest.shiftBusinessDays > 0;
  return (
    <section
      className={later ? 'banner banner--warning' : 'plan__earliest'}
      aria-labelledby="earliest-heading"
      data-testid="earliest-launch"
    >
      <h3 id="earliest-heading" className="banner__title">
        {w.earliestTitle}
      </h3>
      <p>
        {later
          ? w.earliestLater({ date: earliest.launchDate, days: earliest.shiftBusinessDays, moves: earliest.moves.length })
          : w.earliestEarlier({ date: earliest.launchDate })}
      </p>
      {later && earliest.moves.length > 0 && (
        <details>
          <summary>{w.earliestMovesTitle}</summary>
          <ul className="warnings">
            {earliest.moves.slice(0, SHOWN_MOVES).map((m) => (
              <li key={m.rowId}>{w.earliestMove(m)}</li>
            ))}
            {earliest.moves.length > SHOWN_MOVES && <li>…</li>}
          </ul>
        </details>
      )}
      {later && (
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => onApply(earliest.launchDate)}
            data-testid="apply-earliest"
          >
            {w.earliestApply}
          </button>
        </div>
      )}
    </section>
  );
}

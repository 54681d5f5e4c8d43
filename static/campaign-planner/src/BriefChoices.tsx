import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { PlanBrief } from './types';

type Choice = NonNullable<PlanBrief['choices']>[number];

/** A brief value with two readings (03/09/2027): both offered as buttons; none is used until the PM picks one. */
export function BriefChoices({
  t,
  f,
  choices,
  busy,
  onPick,
}: {
  t: Strings;
  f: Formatters;
  choices: Choice[];
  busy: boolean;
  onPick?: (launchDate: string) => void;
}) {
  if (choices.length === 0) return null;
  return (
    <div className="banner banner--info" role="group" aria-labelledby="brief-choices-title" data-testid="brief-choices">
      <p className="banner__title" id="brief-choices-title">
        {t.choicesTitle}
      </p>
      {choices.map((c) => (
        <div key={`${c.field}-${c.raw}`}>
          <p>
            {t.briefFields[c.field] ?? c.field}
            {t.colon}
            {t.choiceHint(c.raw, c.source)}
          </p>
          <div className="actions">
            {c.options.map((day) =>
              c.picked === day ? (
                <strong key={day} data-testid="brief-choice-picked">
                  {t.choicePicked(f.date(day))}
                </strong>
              ) : (
                <button key={day} type="button" className="button" disabled={busy || !onPick} onClick={() => onPick?.(day)}>
                  {t.choiceUse(f.date(day))}
                </button>
              ),
            )}
          </div>
        </div>
      ))}
    </div>
  );
}

/** Lines that looked like values but were not read, with where they are in the brief. */
export function BriefUnread({ t, unread }: { t: Strings; unread: NonNullable<PlanBrief['unread']> }) {
  if (unread.length === 0) return null;
  return (
    <div className="banner banner--warning" role="note" data-testid="brief-unread">
      <p className="banner__title">{t.unreadTitle}</p>
      <p className="muted">{t.unreadHint}</p>
      <ul className="warnings">
        {unread.map((u, i) => (
          <li key={i}>
            {u.text} <span className="muted">({u.source})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

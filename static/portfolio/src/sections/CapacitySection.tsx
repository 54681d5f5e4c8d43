import { useState } from 'react';
import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';
import { PageState } from '../PageState';
import { Legend, PeopleTable, TeamTable } from './capacity/Heatmap';
import { WEEK_CHOICES, type WeekChoice } from './capacity/levels';
import { PersonDetail } from './capacity/PersonDetail';
import { useCapacity, usePersonCells } from './capacity/useCapacity';
import './capacity/capacity.css';

/**
 * The capacity heatmap across campaigns (`getPortfolioCapacity`), aggregate first: the team's totals per week, then
 * people × weeks. Opening a person asks for their cells with the tasks behind them; choosing one of their weeks shows
 * those tasks, the work of campaigns the reader may not see, and on an over-allocated week the planner's leveling
 * proposals. `t` holds the page's words and `f` its formats.
 */
export function CapacitySection({ t, f }: { t: Strings; f: PortfolioFormatters }) {
  const w = t.capacityView;
  const [weeks, setWeeks] = useState<WeekChoice>(12);
  const [open, setOpen] = useState<string | null>(null);
  const [week, setWeek] = useState<string | null>(null);
  const load = useCapacity(weeks);
  const person = usePersonCells(open, weeks);
  const toggle = (accountId: string): void => {
    setOpen((o) => (o === accountId ? null : accountId));
    setWeek(null);
  };
  const chosen = week === null ? undefined : person.data?.weeks.find((c) => c.weekStart === week);
  const name = load.data?.people.find((p) => p.accountId === open)?.displayName ?? '';
  return (
    <section className="section capacity" data-testid="capacity-section">
      <div className="capacity__bar">
        <label className="field capacity__weeks">
          <span className="field__label">{w.weeksLabel}</span>
          <select
            className="input"
            value={weeks}
            onChange={(e) => {
              setWeeks(Number(e.target.value) as WeekChoice);
              setWeek(null);
            }}
          >
            {WEEK_CHOICES.map((n) => (
              <option key={n} value={n}>
                {w.weeksOption(n)}
              </option>
            ))}
          </select>
        </label>
        <Legend w={w} />
      </div>
      {!load.data ? (
        <PageState
          t={{ ...t, loading: w.loading, loadFailed: w.loadFailed }}
          kind={load.failure ? 'failed' : 'loading'}
          message={load.failure?.message}
          onRetry={() => load.reload(true)}
        />
      ) : (
        <div aria-busy={load.loading}>
          <TeamTable t={t} f={f} data={load.data} />
          {load.data.people.length === 0 ? (
            <p className="muted" data-testid="capacity-empty">
              {w.none}
            </p>
          ) : (
            <PeopleTable
              t={t}
              f={f}
              data={load.data}
              open={open}
              openCells={person.data}
              chosenWeek={week}
              onToggle={toggle}
              onChoose={setWeek}
            />
          )}
          <div aria-live="polite">
            {open !== null && person.loading && <p className="muted">{w.loadingPerson}</p>}
            {open !== null && person.failure && (
              <p className="field__error" role="alert">
                {person.failure.message}
              </p>
            )}
            {open !== null && person.data && !chosen && <p className="muted">{w.pickWeek(name)}</p>}
          </div>
          {chosen && <PersonDetail t={t} f={f} name={name} cell={chosen} />}
        </div>
      )}
    </section>
  );
}

import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { PortfolioRow } from '../../../../src/contracts/portfolio';
import { dragTarget, fractionOf, inPeriod, spanIn, type Period } from '../calendar-layout';
import type { Strings } from '../i18n';
import { HealthLozenge } from '../HealthLozenge';
import { IssueLink } from '../../../kit/issue-link';

const pct = (fraction: number): string => `${(fraction * 100).toFixed(3)}%`;

interface RowProps {
  t: Strings;
  row: PortfolioRow;
  period: Period;
  today: string;
  selected: boolean;
  onSelect: () => void;
  /** A launch marker dragged to another day. */
  onDragLaunch: (launchDate: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

/** The launch marker: a button that opens the details, or that a pointer drags to another day (pointer events). */
function LaunchMarker({ t, row, period, onSelect, onDragLaunch, onKeyDown }: Omit<RowProps, 'today' | 'selected'>) {
  const drag = useRef<{ x: number; width: number; moved: boolean } | undefined>(undefined);
  const [target, setTarget] = useState<string | undefined>();
  const shown = target ?? row.launchDate;
  const down = (e: PointerEvent<HTMLButtonElement>): void => {
    const track = e.currentTarget.closest('.cal-track');
    drag.current = { x: e.clientX, width: track?.getBoundingClientRect().width ?? 0, moved: false };
    e.currentTarget.setPointerCapture(e.pointerId);
  };
  const move = (e: PointerEvent<HTMLButtonElement>): void => {
    const d = drag.current;
    if (!d) return;
    if (Math.abs(e.clientX - d.x) > 3) d.moved = true;
    if (d.moved) setTarget(dragTarget(period, row.launchDate, e.clientX - d.x, d.width));
  };
  const up = (e: PointerEvent<HTMLButtonElement>): void => {
    const d = drag.current;
    if (!d) return;
    const next = d.moved ? dragTarget(period, row.launchDate, e.clientX - d.x, d.width) : undefined;
    setTarget(undefined);
    if (next && next !== row.launchDate) onDragLaunch(next);
    // A click follows the pointerup: `moved` stays set until then, so a drag does not also open the details.
    window.setTimeout(() => (drag.current = undefined), 0);
  };
  if (!inPeriod(period, shown)) return null;
  return (
    <button
      type="button"
      className={`cal-launch${target ? ' cal-launch--dragging' : ''}`}
      style={{ left: pct(fractionOf(period, shown) + 0.5 / period.days) }}
      aria-label={t.launchMarker(row.name, row.launchDate)}
      data-launch-marker={row.campaignKey}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={() => {
        drag.current = undefined;
        setTarget(undefined);
      }}
      onClick={() => {
        if (!drag.current?.moved) onSelect();
      }}
      onKeyDown={onKeyDown}
    >
      <span aria-hidden="true">◆</span>
    </button>
  );
}

/** One campaign: its name and health in words, then its bar from first work to launch, milestones and launch marker. */
export function CalendarRow({ t, row, period, today, selected, onSelect, onDragLaunch, onKeyDown }: RowProps) {
  const span = spanIn(period, row.firstWorkDate, row.launchDate);
  const healthName = t.healthState[row.health.level];
  return (
    <li className={`cal-row${selected ? ' cal-row--selected' : ''}`} data-campaign-key={row.campaignKey}>
      <div className="cal-row__name">
        <IssueLink issueKey={row.campaignKey}>{row.name}</IssueLink>
        <span className="small muted">
          {row.projectKey} · <HealthLozenge t={t} level={row.health.level} />
        </span>
      </div>
      <div className="cal-track">
        {inPeriod(period, today) && <div className="cal-today" style={{ left: pct(fractionOf(period, today)) }} aria-hidden="true" />}
        {span.kind === 'in' ? (
          <>
            <button
              type="button"
              className={`cal-bar cal-bar--${row.health.level}`}
              style={{ left: pct(span.left), width: pct(span.width) }}
              aria-label={t.barLabel(row.name, row.firstWorkDate, row.launchDate, healthName)}
              aria-expanded={selected}

              data-bar={row.campaignKey}
              onClick={onSelect}
              onKeyDown={onKeyDown}
            />
            {row.milestones
              .filter((m) => m.dueDate !== null && inPeriod(period, m.dueDate))
              .map((m) => (
                <span
                  key={m.name}
                  className="cal-milestone"
                  style={{ left: pct(fractionOf(period, m.dueDate ?? '') + 0.5 / period.days) }}
                  title={t.milestone(m.name, m.dueDate ?? '')}
                  aria-hidden="true"
                />
              ))}
            <LaunchMarker t={t} row={row} period={period} onSelect={onSelect} onDragLaunch={onDragLaunch} onKeyDown={onKeyDown} />
          </>
        ) : (
          <button
            type="button"
            className="cal-outside small"
            data-bar={row.campaignKey}
            onClick={onSelect}
            onKeyDown={onKeyDown}
            aria-expanded={selected}
          >
            {span.kind === 'before' ? `← ${t.before(row.launchDate)}` : `${t.after(row.firstWorkDate ?? row.launchDate)} →`}
          </button>
        )}
      </div>
    </li>
  );
}

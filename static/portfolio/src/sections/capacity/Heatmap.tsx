import { TableWrap } from '../../../../kit/DataTable';
import type { PortfolioFormatters } from '../../format';
import type { Strings } from '../../i18n';
import { LEVELS, loadText, percentOf, teamLevel, type CapacityData, type Cell, type Level, type PersonRow } from './levels';

type Words = Strings['capacityView'];

function LoadLabel({ w, f, ratio, level }: { w: Words; f: PortfolioFormatters; ratio: number | null; level: Level }) {
  return (
    <>
      <span className="heat__ratio">{ratio === null ? w.noCapacity : percentOf(f, ratio)}</span>
      <span className="heat__level">{w.levels[level]}</span>
    </>
  );
}

function WeekHeaders({ w, f, weeks, first }: { w: Words; f: PortfolioFormatters; weeks: readonly string[]; first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {weeks.map((week) => (
          <th scope="col" key={week} abbr={w.weekOf(week)}>
            <span aria-hidden="true">{f.shortDate(week)}</span>
            <span className="visually-hidden">{w.weekOf(week)}</span>
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** The legend of the levels, in words (the colours only repeat them). */
export function Legend({ w }: { w: Words }) {
  return (
    <dl className="heat-legend small" aria-label={w.legend}>
      {LEVELS.map((l) => (
        <div key={l} className={`heat-legend__item heat--${l}`}>
          <dt>{w.levels[l]}</dt>
          <dd>{w.legendWhat[l]}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The team's totals per week: load against capacity as a ratio, its level in words, and the days behind it. */
export function TeamTable({ t, f, data }: { t: Strings; f: PortfolioFormatters; data: CapacityData }) {
  const w = t.capacityView;
  return (
    <TableWrap label={w.teamCaption}>
      <table className="table heat-table" data-testid="capacity-team">
        <caption className="section__title">{w.teamCaption}</caption>
        <WeekHeaders w={w} f={f} weeks={data.weeks} first={w.teamRow} />
        <tbody>
          <tr>
            <th scope="row">{w.teamRow}</th>
            {data.team.map((c) => {
              const level = teamLevel(c.ratio, c.demandDays);
              return (
                <td key={c.weekStart} className={`heat heat--${level}`} data-week={c.weekStart} data-level={level}>
                  <LoadLabel w={w} f={f} ratio={c.ratio} level={level} />
                  <span className="heat__days">{w.teamDays(f.number(c.demandDays), f.number(c.capacityDays))}</span>
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
    </TableWrap>
  );
}

interface PeopleProps {
  t: Strings;
  f: PortfolioFormatters;
  data: CapacityData;
  /** The person whose row is open, their cells with tasks once loaded, and the week chosen. */
  open: string | null;
  openCells?: PersonRow;
  chosenWeek: string | null;
  onToggle: (accountId: string) => void;
  onChoose: (week: string) => void;
}

function PersonCell({
  w,
  f,
  person,
  cell,
  open,
  chosen,
  onChoose,
}: {
  w: Words;
  f: PortfolioFormatters;
  person: PersonRow;
  cell: Cell;
  open: boolean;
  chosen: boolean;
  onChoose: (week: string) => void;
}) {
  const text = loadText(w, f, cell.ratio, cell.level);
  return (
    <td className={`heat heat--${cell.level}${chosen ? ' heat--chosen' : ''}`} data-week={cell.weekStart} data-level={cell.level}>
      {open ? (
        <button
          type="button"
          className="heat__button"
          aria-pressed={chosen}
          aria-label={w.cellButton(person.displayName, cell.weekStart, text)}
          onClick={() => onChoose(cell.weekStart)}
        >
          <LoadLabel w={w} f={f} ratio={cell.ratio} level={cell.level} />
        </button>
      ) : (
        <LoadLabel w={w} f={f} ratio={cell.ratio} level={cell.level} />
      )}
    </td>
  );
}

/** People × weeks: each row named by its person with a button that opens their tasks; an open row's cells are buttons. */
export function PeopleTable({ t, f, data, open, openCells, chosenWeek, onToggle, onChoose }: PeopleProps) {
  const w = t.capacityView;
  return (
    <TableWrap label={w.peopleCaption}>
      <table className="table heat-table" data-testid="capacity-people">
        <caption className="section__title">{w.peopleCaption}</caption>
        <WeekHeaders w={w} f={f} weeks={data.weeks} first={w.person} />
        <tbody>
          {data.people.map((p) => {
            const isOpen = open === p.accountId;
            const cells = isOpen && openCells ? openCells.weeks : p.weeks;
            return (
              <tr key={p.accountId} data-account-id={p.accountId}>
                <th scope="row">
                  <button
                    type="button"
                    className="heat__person"
                    aria-expanded={isOpen}
                    aria-label={isOpen ? w.closePerson(p.displayName) : w.openPerson(p.displayName)}
                    onClick={() => onToggle(p.accountId)}
                  >
                    {p.displayName}
                  </button>
                </th>
                {cells.map((c) => (
                  <PersonCell
                    key={c.weekStart}
                    w={w}
                    f={f}
                    person={p}
                    cell={c}
                    open={isOpen && openCells !== undefined}
                    chosen={isOpen && chosenWeek === c.weekStart}
                    onChoose={onChoose}
                  />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

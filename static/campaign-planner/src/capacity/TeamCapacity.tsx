import { useState } from 'react';
import type { ResultOf } from '../../../../src/contracts/registry';
import { capacityWords, type CapacityWords } from '../../../../src/wording/catalog/capacity';
import { DataTable, type Column } from '../../../kit/DataTable';
import { invoke } from '../api';
import type { Strings } from '../i18n';
import { ErrorState, LoadingState } from '../States';
import { useLoad } from '../useLoad';
import { CapacityForm } from './CapacityForm';

type Team = ResultOf<'getTeamCapacity'>;
type Person = Team['people'][number];

interface Props {
  t: Strings;
  projectKey?: string;
  /** Loads on first display. */
  active: boolean;
  accountId?: string;
}

function columns(w: CapacityWords, accountId: string | undefined, onEdit: (p: Person) => void): Column<Person>[] {
  return [
    {
      key: 'person',
      header: w.person,
      rowHeader: true,
      cell: (p) => (p.accountId === accountId ? `${p.displayName} ${w.you}` : p.displayName),
    },
    { key: 'campaign', header: w.campaignTime, className: 'num', cell: (p) => w.percent(p.campaignPercent) },
    {
      key: 'availability',
      header: w.availability,
      cell: (p) =>
        p.isDefault
          ? `${w.percent(100)} (${w.defaultValue})`
          : p.hoursPerWeek !== null
            ? w.hoursPerWeek(p.hoursPerWeek)
            : w.percent(p.availabilityPercent),
    },
    { key: 'reserved', header: w.reserved, className: 'num', cell: (p) => w.percent(p.reservedPercent) },
    {
      key: 'timeOff',
      header: w.timeOff,
      cell: (p) =>
        p.timeOff.length === 0 ? (
          <span className="muted">{w.noTimeOff}</span>
        ) : (
          <ul className="time-off__list">
            {p.timeOff.map((r) => (
              <li key={r.from}>{w.range(r.from, r.to)}</li>
            ))}
          </ul>
        ),
    },
    {
      key: 'actions',
      header: w.actions,
      headerHidden: true,
      cell: (p) =>
        p.canEdit ? (
          <button type="button" className="button" aria-label={w.edit(p.displayName)} onClick={() => onEdit(p)}>
            {w.editShort}
          </button>
        ) : null,
    },
  ];
}

/** Everyone's capacity for campaign work; the rows the user may change have an edit button, the others say who may. */
export function TeamCapacity({ t, projectKey, active, accountId }: Props) {
  const w = capacityWords(t.lang);
  const team = useLoad(() => invoke('getTeamCapacity', projectKey ? { projectKey } : {}), active);
  const [editing, setEditing] = useState<Person | undefined>(undefined);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const [rows, setRows] = useState<Person[] | undefined>(undefined);

  if (team.state.kind === 'loading') return <LoadingState t={t} />;
  if (team.state.kind === 'error') return <ErrorState t={t} message={team.state.failure.message} onRetry={team.reload} />;
  const { fullWeekHours, canEditAll } = team.state.data;
  const people = rows ?? team.state.data.people;
  const onSaved = (person: Person): void => {
    setRows(people.map((p) => (p.accountId === person.accountId ? person : p)));
    setEditing(undefined);
    setSaved(w.saved(person.displayName));
  };
  return (
    <div className="stack">
      <section className="card" aria-labelledby="capacity-heading">
        <div className="card__header">
          <h2 id="capacity-heading" className="card__title">
            {w.title}
          </h2>
        </div>
        <p className="muted">{w.intro}</p>
        {!canEditAll && <p className="muted">{w.readOnly}</p>}
        <DataTable
          labelledBy="capacity-heading"
          columns={columns(w, accountId, (p) => {
            setSaved(undefined);
            setEditing(p);
          })}
          rows={people}
          rowKey={(p) => p.accountId}
        />
        <p role="status" className="muted">
          {saved}
        </p>
      </section>
      {editing && (
        <CapacityForm
          key={editing.accountId}
          t={t}
          w={w}
          person={editing}
          projectKey={projectKey}
          fullWeekHours={fullWeekHours}
          onSaved={onSaved}
          onCancel={() => setEditing(undefined)}
        />
      )}
    </div>
  );
}

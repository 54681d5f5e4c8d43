import { useState, type FormEvent } from 'react';
import type { ResultOf } from '../../../../src/contracts/registry';
import type { CapacityWords } from '../../../../src/wording/catalog/capacity';
import { asFailure, invoke, type ResolverFailure } from '../api';
import { FailureBanner } from '../FailureBanner';
import type { Strings } from '../i18n';
import { campaignPercentOf, draftOf, inputOf, type CapacityDraft } from './capacity-draft';
import { TimeOffFields } from './TimeOffFields';

type Person = ResultOf<'getTeamCapacity'>['people'][number];

interface Props {
  t: Strings;
  w: CapacityWords;
  person: Person;
  projectKey?: string;
  fullWeekHours: number;
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

/** One person's capacity, edited whole and saved at once (the server checks every value and names the field). */
export function CapacityForm({ t, w, person, projectKey, fullWeekHours, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState<CapacityDraft>(() => draftOf(person));
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<ResolverFailure | undefined>(undefined);
  // An edit answers the refusal: the banner and the invalid mark go until the next save.
  const set = (patch: Partial<CapacityDraft>): void => {
    setDraft((d) => ({ ...d, ...patch }));
    setFailure(undefined);
  };
  const invalid = (field: string): true | undefined => (failure?.field === field ? true : undefined);
  const share = campaignPercentOf(draft, fullWeekHours);

  const submit = (e: FormEvent<HTMLFormElement>): void => {
    e.preventDefault();
    setSaving(true);
    setFailure(undefined);
    invoke('setPersonCapacity', { accountId: person.accountId, capacity: inputOf(draft), ...(projectKey ? { projectKey } : {}) })
      .then((out) => onSaved(out.person))
      .catch((err: unknown) => setFailure(asFailure(err)))
      .finally(() => setSaving(false));
  };

  const headingId = `capacity-edit-${person.accountId}`;
  return (
    <form className="card capacity-form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h3 id={headingId} className="card__title">
        {w.editTitle(person.displayName)}
      </h3>
      <fieldset className="fieldset">
        <legend className="field__label">{w.mode}</legend>
        {(['percent', 'hours'] as const).map((mode) => (
          <label key={mode} className="radio">
            <input type="radio" name={`mode-${person.accountId}`} checked={draft.mode === mode} onChange={() => set({ mode })} />
            {mode === 'percent' ? w.modePercent : w.modeHours}
          </label>
        ))}
      </fieldset>
      <div className="fields-row">
        {draft.mode === 'percent' ? (
          <div className="field">
            <label className="field__label" htmlFor="capacity-availability">
              {w.availabilityPercentLabel}
            </label>
            <input
              id="capacity-availability"
              className="input"
              type="number"
              min={5}
              max={100}
              value={draft.availability}
              aria-invalid={invalid('capacity.availabilityPercent')}
              onChange={(e) => set({ availability: e.target.value })}
            />
          </div>
        ) : (
          <div className="field">
            <label className="field__label" htmlFor="capacity-hours">
              {w.hoursLabel(fullWeekHours)}
            </label>
            <input
              id="capacity-hours"
              className="input"
              type="number"
              min={1}
              max={fullWeekHours}
              step={0.5}
              value={draft.hours}
              aria-invalid={invalid('capacity.hoursPerWeek') ?? invalid('capacity.availabilityPercent')}
              onChange={(e) => set({ hours: e.target.value })}
            />
          </div>
        )}
        <div className="field">
          <label className="field__label" htmlFor="capacity-reserved">
            {w.reservedLabel}
          </label>
          <input
            id="capacity-reserved"
            className="input"
            type="number"
            min={0}
            max={90}
            value={draft.reserved}
            aria-describedby="capacity-reserved-hint"
            aria-invalid={invalid('capacity.reservedPercent')}
            onChange={(e) => set({ reserved: e.target.value })}
          />
          <p id="capacity-reserved-hint" className="field__hint">
            {w.reservedHint}
          </p>
        </div>
      </div>
      {Number.isFinite(share) && <p className="muted">{w.campaignShareHint(share)}</p>}
      <TimeOffFields w={w} rows={draft.timeOff} invalidField={failure?.field} onChange={(timeOff) => set({ timeOff })} />
      {failure && <FailureBanner t={t} failure={failure} />}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? w.saving : w.save}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          {w.cancel}
        </button>
      </div>
    </form>
  );
}

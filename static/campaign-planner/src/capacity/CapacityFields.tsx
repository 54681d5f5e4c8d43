import type { CapacityWords } from '../../../../src/wording/catalog/capacity';
import type { CapacityDraft } from './capacity-draft';

interface Props {
  w: CapacityWords;
  accountId: string;
  draft: CapacityDraft;
  fullWeekHours: number;
  /** `true` on the field the server refused. */
  invalid: (field: string) => true | undefined;
  set: (patch: Partial<CapacityDraft>) => void;
}

/** How the person's time is given (a percentage or hours a week) and the share reserved for other work. */
export function CapacityFields({ w, accountId, draft, fullWeekHours, invalid, set }: Props) {
  return (
    <>
      <fieldset className="fieldset">
        <legend className="field__label">{w.mode}</legend>
        {(['percent', 'hours'] as const).map((mode) => (
          <label key={mode} className="radio">
            <input type="radio" name={`mode-${accountId}`} checked={draft.mode === mode} onChange={() => set({ mode })} />
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
    </>
  );
}

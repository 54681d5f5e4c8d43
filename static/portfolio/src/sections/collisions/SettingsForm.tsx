import { useState, type SyntheticEvent } from 'react';
import type { GetPortfolioSettingsResult } from '../../../../../src/contracts/portfolio-settings';
import * as channels from '../../../../../src/wording/catalog/channels';
import { FormActions } from '../../../../kit/FormActions';
import { asFailure, invoke } from '../../api';
import type { Strings } from '../../i18n';
import { BlackoutFields } from './BlackoutFields';
import { FieldError } from './FieldError';
import { errorAt, formFieldOf, hasFieldOf, toInput, type Draft, type FormError } from './form-model';

type PortfolioSettings = GetPortfolioSettingsResult['settings'];

const CHANNELS = Object.keys(channels.en);

let drafts = 0;
const newDraft = (): Draft => ({ key: `new-${++drafts}`, name: '', start: '', end: '', channels: [] });

/**
 * The site admins' form: N (the collision window), M (sign-offs a week) and the blackout windows (added and removed
 * here: name, start, end, channels). Saved whole with `savePortfolioSettings`; a refusal naming a field (the
 * envelope's `error.field`, e.g. `settings.blackouts.0.end`) is shown next to that field, in the user's language.
 */
export function SettingsForm({ t, settings, onSaved }: { t: Strings; settings: PortfolioSettings; onSaved: () => void }) {
  const v = t.collisionsView;
  const [windowDays, setWindowDays] = useState(String(settings.collisionWindowDays));
  const [limit, setLimit] = useState(String(settings.approverWeeklyGateLimit));
  const [blackouts, setBlackouts] = useState<Draft[]>(() => settings.blackouts.map((b) => ({ ...b, key: b.id })));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<FormError | null>(null);

  const submit = async (e: SyntheticEvent): Promise<void> => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await invoke('savePortfolioSettings', { settings: toInput(windowDays, limit, blackouts) });
      onSaved();
    } catch (err) {
      const failure = asFailure(err);
      setError({ field: formFieldOf(failure.field), message: failure.message });
    } finally {
      setBusy(false);
    }
  };
  const errorFor = (field: string): string | undefined => errorAt(error, field);
  const elsewhere = error && !hasFieldOf(error);

  return (
    <form className="collisions__form" onSubmit={(e) => void submit(e)} noValidate data-testid="collisions-settings-form">
      <div className="collisions__numbers">
        <NumberField
          id="cs-window"
          label={v.fieldWindow}
          value={windowDays}
          onChange={setWindowDays}
          error={errorFor('collisionWindowDays')}
        />
        <NumberField id="cs-limit" label={v.fieldLimit} value={limit} onChange={setLimit} error={errorFor('approverWeeklyGateLimit')} />
      </div>
      <h3 className="collisions__subtitle">{v.blackoutsTitle}</h3>
      {blackouts.length === 0 && <p className="muted">{v.noBlackouts}</p>}
      {blackouts.map((b, i) => (
        <BlackoutFields
          key={b.key}
          t={t}
          index={i}
          draft={b}
          channels={CHANNELS}
          errorFor={(f) => errorFor(`blackouts.${i}.${f}`)}
          onChange={(d) => setBlackouts((all) => all.map((x) => (x.key === b.key ? d : x)))}
          onRemove={() => setBlackouts((all) => all.filter((x) => x.key !== b.key))}
        />
      ))}
      <button type="button" className="button" onClick={() => setBlackouts((all) => [...all, newDraft()])}>
        {v.addBlackout}
      </button>
      {elsewhere && (
        <p className="field__error" role="alert" data-testid="collisions-settings-error">
          {v.saveFailed} {error.message}
        </p>
      )}
      <FormActions labels={{ submit: v.save, busy: v.saving }} busy={busy} />
    </form>
  );
}

function NumberField({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="input collisions__number"
        type="number"
        inputMode="numeric"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

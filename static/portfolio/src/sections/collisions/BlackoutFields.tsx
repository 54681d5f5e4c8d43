import { channelName } from '../../../../../src/wording/catalog/channels';
import type { Strings } from '../../i18n';
import { FieldError } from './FieldError';
import type { Draft } from './form-model';

/** One blackout window's fields (name, start, end, the channels it freezes) and its remove button. */
export function BlackoutFields({
  t,
  index,
  draft,
  channels,
  errorFor,
  onChange,
  onRemove,
}: {
  t: Strings;
  index: number;
  draft: Draft;
  channels: readonly string[];
  errorFor: (field: 'name' | 'start' | 'end' | 'channels') => string | undefined;
  onChange: (d: Draft) => void;
  onRemove: () => void;
}) {
  const v = t.collisionsView;
  const n = index + 1;
  const id = `bo-${draft.key}`;
  const text = (field: 'name' | 'start' | 'end', label: string, type: 'text' | 'date') => {
    const error = errorFor(field);
    return (
      <div className="field">
        <label className="field__label" htmlFor={`${id}-${field}`}>
          {label}
        </label>
        <input
          id={`${id}-${field}`}
          className="input"
          type={type}
          value={draft[field]}
          onChange={(e) => onChange({ ...draft, [field]: e.target.value })}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${field}-error` : undefined}
        />
        <FieldError id={`${id}-${field}-error`} message={error} />
      </div>
    );
  };
  const toggle = (slug: string, on: boolean): void =>
    onChange({ ...draft, channels: on ? [...draft.channels, slug] : draft.channels.filter((c) => c !== slug) });
  return (
    <fieldset className="collisions__blackout card" data-testid="blackout-fields">
      <legend>{v.blackoutLegend(n)}</legend>
      <div className="collisions__blackout-fields">
        {text('name', v.fieldName, 'text')}
        {text('start', v.fieldStart, 'date')}
        {text('end', v.fieldEnd, 'date')}
      </div>
      <fieldset className="collisions__channels">
        <legend className="field__label">{v.fieldChannels}</legend>
        {channels.map((slug) => (
          <label key={slug} className="collisions__channel">
            <input type="checkbox" checked={draft.channels.includes(slug)} onChange={(e) => toggle(slug, e.target.checked)} />{' '}
            {channelName(t.lang, slug)}
          </label>
        ))}
        <FieldError id={`${id}-channels-error`} message={errorFor('channels')} />
      </fieldset>
      <button type="button" className="button button--subtle" onClick={onRemove}>
        {v.removeBlackout(n)}
      </button>
    </fieldset>
  );
}

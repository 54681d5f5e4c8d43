import { useRef, useState } from 'react';
import * as audiences from '../../../src/wording/catalog/audiences';
import * as channels from '../../../src/wording/catalog/channels';
import { audienceName } from '../../../src/wording/catalog/audiences';
import { channelName } from '../../../src/wording/catalog/channels';
import type { Strings } from './i18n';

interface Props {
  t: Strings;
  audiences: readonly string[];
  channels: readonly string[];
  busy: boolean;
  onChange: (next: { audiences: string[]; channels: string[] }) => void;
  /** The submit button's words (the preview's « Mettre à jour le plan » unless told). */
  submitLabel?: string;
}

/** One group of checkboxes over a catalogue's slugs, labelled by their names in the reader's language. */
function Choices({
  legend,
  slugs,
  chosen,
  nameOf,
  onToggle,
}: {
  legend: string;
  slugs: readonly string[];
  chosen: ReadonlySet<string>;
  nameOf: (slug: string) => string;
  onToggle: (slug: string) => void;
}) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {slugs.map((slug) => (
        <label key={slug} className="choice">
          <input type="checkbox" checked={chosen.has(slug)} onChange={() => onToggle(slug)} /> {nameOf(slug)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The plan's audiences and channels (from the PM, else the brief, else the template), as names; the PM may change
 * them, which re-checks the plan and its launch collisions.
 */
export function Targeting({ t, audiences: chosenAudiences, channels: chosenChannels, busy, onChange, submitLabel }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const [draft, setDraft] = useState<{ audiences: Set<string>; channels: Set<string> } | undefined>(undefined);
  const names = (slugs: readonly string[], nameOf: (s: string) => string): string =>
    slugs.length > 0 ? slugs.map(nameOf).join(', ') : t.noneChosen;
  const audienceOf = (s: string): string => audienceName(t.lang, s);
  const channelOf = (s: string): string => channelName(t.lang, s);
  // Each toggle builds on the latest choices (two quick clicks must not lose one).
  const toggle = (set: Set<string>, slug: string): Set<string> => {
    const next = new Set(set);
    if (!next.delete(slug)) next.add(slug);
    return next;
  };
  return (
    <section className="section" aria-labelledby="targeting-heading" data-testid="plan-targeting">
      <h3 id="targeting-heading" className="section__title">
        {t.targetingTitle}
      </h3>
      <p className="muted">{t.targetingHint}</p>
      <dl className="facts">
        <div>
          <dt>{t.audiencesLabel}</dt>
          <dd>{names(chosenAudiences, audienceOf)}</dd>
        </div>
        <div>
          <dt>{t.channelsLabel}</dt>
          <dd>{names(chosenChannels, channelOf)}</dd>
        </div>
      </dl>
      <details
        ref={details}
        onToggle={(e) => {
          // Opening starts from the plan's choices once; a toggle event that comes again while open keeps the PM's clicks.
          const open = e.currentTarget.open;
          setDraft((d) => (open ? (d ?? { audiences: new Set(chosenAudiences), channels: new Set(chosenChannels) }) : undefined));
        }}
      >
        <summary>{t.editTargeting}</summary>
        {draft && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              onChange({ audiences: [...draft.audiences], channels: [...draft.channels] });
              // The choices are sent: the summary above shows them once the plan comes back.
              if (details.current) details.current.open = false;
            }}
          >
            <Choices
              legend={t.audiencesLabel}
              slugs={Object.keys(audiences.en)}
              chosen={draft.audiences}
              nameOf={audienceOf}
              onToggle={(s) => setDraft((d) => d && { ...d, audiences: toggle(d.audiences, s) })}
            />
            <Choices
              legend={t.channelsLabel}
              slugs={Object.keys(channels.en)}
              chosen={draft.channels}
              nameOf={channelOf}
              onToggle={(s) => setDraft((d) => d && { ...d, channels: toggle(d.channels, s) })}
            />
            <button type="submit" className="button button--primary" disabled={busy}>
              {submitLabel ?? t.applyTargeting}
            </button>
          </form>
        )}
      </details>
    </section>
  );
}

import { FormActions } from '../../../kit/FormActions';
import { useState, type SubmitEvent } from 'react';
import type { ResultOf } from '../../../../src/contracts/registry';
import type { CapacityWords } from '../../../../src/wording/catalog/capacity';
import { asFailure, invoke, type ResolverFailure } from '../api';
import { FailureBanner } from '../FailureBanner';
import type { Strings } from '../i18n';
import { campaignPercentOf, draftOf, inputOf, type CapacityDraft } from './capacity-draft';
import { CapacityFields } from './CapacityFields';
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

  const submit = (e: SubmitEvent): void => {
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
      <CapacityFields w={w} accountId={person.accountId} draft={draft} fullWeekHours={fullWeekHours} invalid={invalid} set={set} />
      {Number.isFinite(share) && <p className="muted">{w.campaignShareHint(share)}</p>}
      <TimeOffFields w={w} rows={draft.timeOff} invalidField={failure?.field} onChange={(timeOff) => set({ timeOff })} />
      {failure && <FailureBanner t={t} failure={failure} />}
      <FormActions labels={{ submit: w.save, busy: w.saving, cancel: w.cancel }} busy={saving} onCancel={onCancel} />
    </form>
  );
}

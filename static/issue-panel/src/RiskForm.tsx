import { useState, type SubmitEvent } from 'react';
import type { ListRisksResult, Risk } from '../../../src/contracts/risks';
import * as costCategories from '../../../src/wording/catalog/cost-categories';
import type { RiskWords } from '../../../src/wording/catalog/risks';
import { asFailure, invoke } from '../../kit/invoke';
import { usePeople } from '../../kit/people';
import { placeError, type FieldErrors } from './FieldError';
import { draftOf, fieldId, fieldOf, FIELDS, inputOf, type Draft } from './risk-draft';
import { CostFields, DelayFields, Field, FormActions, LikelihoodFields, OwnerFields, type FieldProps } from './risk-form-fields';

/** What the form checks before asking the server (which checks everything again). */
function missing(w: RiskWords, d: Draft): FieldErrors {
  return {
    ...(d.title.trim() ? {} : { title: w.titleNeeded }),
    ...(Number(d.impactDays) > 0 && d.targets.length === 0 ? { targets: w.targetNeeded } : {}),
    ...(d.owner ? {} : { ownerAccountId: w.ownerNeeded }),
  };
}

/** Creates or edits one risk of the register (the campaign's PM and project admins only: the server checks too). */
export function RiskForm(props: {
  lang: 'en' | 'fr';
  w: RiskWords;
  epicKey: string;
  risk: Risk | null;
  targets: ListRisksResult['targets'];
  onCancel: () => void;
  onSaved: (risk: Risk) => void;
}) {
  const { w, risk } = props;
  const { people, error: peopleError } = usePeople();
  const [d, setDraft] = useState<Draft>(() => draftOf(risk));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (e: SubmitEvent): Promise<void> => {
    e.preventDefault();
    const found = missing(w, d);
    const first = FIELDS.find((f) => found[f]);
    if (first) {
      setErrors(found);
      document.getElementById(fieldId(first))?.focus();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const saved = await invoke('saveRisk', { epicKey: props.epicKey, risk: inputOf(d, risk?.riskId) });
      props.onSaved(saved.risk);
    } catch (err) {
      const failure = asFailure(err);
      setErrors(placeError(FIELDS, fieldOf(failure.field), failure.message));
      setBusy(false);
    }
  };

  const fields: FieldProps = {
    w,
    d,
    errors,
    set: (key, value) => setDraft({ ...d, [key]: value }),
    aria: (field) => ({
      id: fieldId(field),
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': errors[field] ? fieldId(`${field}-error`) : undefined,
      disabled: busy,
    }),
  };
  return (
    <form
      className="decision-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={fieldId('heading')}
      data-testid="risk-form"
    >
      <p id={fieldId('heading')} className="decision-form__title">
        {risk ? w.formTitleEdit(risk.title) : w.formTitleNew}
      </p>
      <Field field="title" label={w.titleLabel} hint={w.required} errors={errors}>
        <input
          className="input"
          maxLength={200}
          value={d.title}
          onChange={(e) => fields.set('title', e.target.value)}
          aria-required
          {...fields.aria('title')}
        />
      </Field>
      <LikelihoodFields {...fields} />
      <DelayFields {...fields} targets={props.targets} busy={busy} />
      <CostFields {...fields} names={costCategories[props.lang]} />
      <OwnerFields {...fields} people={people} peopleError={peopleError} />
      <FormActions w={w} error={errors._} busy={busy} onCancel={props.onCancel} />
    </form>
  );
}

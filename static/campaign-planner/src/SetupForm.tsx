import { FormActions } from '../../kit/FormActions';
import type { SubmitEvent } from 'react';
import { SetupFields } from './SetupFields';
import { TemplateCards } from './TemplateCards';
import type { Strings } from './i18n';
import type { Loaded } from './useLoad';
import type { SetupErrors, SetupValues } from './setup-values';
import type { ListBriefsResult, TemplateSummary } from './types';

interface Props {
  t: Strings;
  templates: TemplateSummary[];
  briefs: Loaded<ListBriefsResult>;
  values: SetupValues;
  errors: SetupErrors;
  busy: boolean;
  money: (amount: number, currency: string) => string;
  onChange: (next: SetupValues) => void;
  onSubmit: () => void;
  /** Only for people who may copy templates (project admins). */
  onCopyTemplate?: (template: TemplateSummary, anchorTop: number) => void;
  templateNotice?: string;
}

export function SetupForm({
  t,
  templates,
  briefs,
  values,
  errors,
  busy,
  money,
  onChange,
  onSubmit,
  onCopyTemplate,
  templateNotice,
}: Props) {
  const set = <K extends keyof SetupValues>(key: K, value: SetupValues[K]): void => onChange({ ...values, [key]: value });
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    onSubmit();
  };
  const pickTemplate = (tpl: TemplateSummary): void => {
    // The currency is the PM's and never follows the template. The template's reference budget is a sensible
    // start only when it is in that currency: its amount in another currency would be a relabelled number.
    const sameCurrency = tpl.referenceBudget.currency === values.currency;
    const budget = values.budgetAmount.trim() === '' && sameCurrency ? { budgetAmount: String(tpl.referenceBudget.amount) } : {};
    onChange({ ...values, templateId: tpl.id, ...budget });
  };

  return (
    <form className="card setup" onSubmit={submit} noValidate aria-labelledby="setup-heading">
      <h2 id="setup-heading" className="card__title">
        {t.stepSetup}
      </h2>
      <TemplateCards
        t={t}
        templates={templates}
        selected={values.templateId}
        error={errors.templateId}
        money={money}
        onSelect={pickTemplate}
        onCopy={onCopyTemplate}
        notice={templateNotice}
      />
      <SetupFields t={t} briefs={briefs} values={values} errors={errors} set={set} />
      <FormActions labels={{ submit: t.preview, busy: t.previewing }} busy={busy} />
    </form>
  );
}

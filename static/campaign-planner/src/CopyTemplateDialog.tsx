import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { stringsFor, type Strings } from './i18n';
import { CopyFieldInput } from './CopyFieldInput';
import { slugify } from './slug';
import type { CampaignTemplate, TemplateSummary } from './types';
import { useTemplateCopy, type CopyField, type CopyValues } from './useTemplateCopy';

interface Props {
  t: Strings;
  source: TemplateSummary;
  projectKey?: string;
  /** Where the "Copy" button was, in page pixels: the iframe is as tall as the page, so a centred dialog could open out of sight. */
  anchorTop: number;
  onClose: () => void;
  onSaved: (template: CampaignTemplate) => void;
}

export function CopyTemplateDialog({ t, source, projectKey, anchorTop, onClose, onSaved }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const initialName = (lang: 'fr' | 'en'): string => stringsFor(lang).copyDefaultName(source.name[lang]);
  const [values, setValues] = useState<CopyValues>(() => ({
    nameFr: initialName('fr'),
    nameEn: initialName('en'),
    id: slugify(initialName(t.lang)),
  }));
  const [idEdited, setIdEdited] = useState(false);
  const { saving, errors, save, clearError } = useTemplateCopy(t, projectKey);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    d.showModal();
    const room = document.documentElement.scrollHeight - d.offsetHeight - 16;
    d.style.top = `${Math.max(16, Math.min(anchorTop, room))}px`;
  }, [anchorTop]);

  const set = (field: CopyField, value: string): void => {
    clearError(field);
    setValues((v) => {
      const next = { ...v, [field]: value };
      // The id follows the name in the user's language until it is edited by hand.
      if (!idEdited && field === (t.lang === 'fr' ? 'nameFr' : 'nameEn')) next.id = slugify(value);
      return next;
    });
    if (field === 'id') setIdEdited(true);
  };
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    void save(source.id, values).then((saved) => {
      if (!saved) return;
      onSaved(saved);
      // Closing (not unmounting) lets the browser give the focus back to the "Copy" button.
      dialog.current?.close();
    });
  };
  const input = (field: CopyField, label: string, hint?: string) => (
    <CopyFieldInput field={field} label={label} hint={hint} value={values[field]} error={errors[field]} onChange={set} />
  );

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="copy-heading" onClose={onClose} data-testid="copy-dialog">
      <form className="dialog__form" onSubmit={submit} noValidate>
        <h2 id="copy-heading" className="card__title">
          {t.copyHeading(source.name[t.lang])}
        </h2>
        <p className="section__hint">{t.copyHint}</p>
        {input('nameFr', t.copyNameFr)}
        {input('nameEn', t.copyNameEn)}
        {input('id', t.copyId, t.copyIdHint)}
        {errors.form && (
          <div className="banner banner--danger" role="alert">
            <p>{errors.form}</p>
          </div>
        )}
        <div className="actions actions--end">
          <button type="button" className="button button--subtle" onClick={() => dialog.current?.close()} disabled={saving}>
            {t.cancel}
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? t.copySaving : t.copySave}
          </button>
        </div>
      </form>
    </dialog>
  );
}

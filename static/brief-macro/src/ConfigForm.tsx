import { useState, type SubmitEvent } from 'react';
import { view } from '@forge/bridge';
import type { Strings } from './i18n';
import { issueKeyFrom } from './issue-key';

/**
 * The macro's configuration: which campaign it shows (an epic key, or a Jira issue address pasted as is), saved with
 * `view.submit({config})` as Confluence keeps a Forge macro's configuration. The key only names the campaign: every
 * reader then sees it as Jira shows it to them.
 */
export function ConfigForm({ t, issueKey }: { t: Strings; issueKey: string | null }) {
  const [value, setValue] = useState(issueKey ?? '');
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);

  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const key = issueKeyFrom(value);
    if (!key) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setSaving(true);
    view.submit({ config: { issueKey: key } }).catch(() => setSaving(false));
  };

  return (
    <form className="macro macro-config" aria-labelledby="config-heading" onSubmit={submit} noValidate>
      <h2 id="config-heading">{t.configTitle}</h2>
      <label className="field">
        <span className="field__label">{t.issueKeyLabel}</span>
        <input
          type="text"
          value={value}
          autoComplete="off"
          aria-invalid={invalid}
          aria-describedby={invalid ? 'key-problem' : 'key-hint'}
          onChange={(e) => setValue(e.target.value)}
        />
      </label>
      <p id="key-hint" className="muted small">
        {t.issueKeyHint}
      </p>
      {invalid && (
        <p id="key-problem" className="text-danger small" role="alert">
          {t.keyInvalid}
        </p>
      )}
      <div className="macro-config__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t.save}
        </button>
        <button type="button" className="button button--subtle" onClick={() => void view.close().catch(() => undefined)}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}

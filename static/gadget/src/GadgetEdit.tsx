import { useState, type SubmitEvent } from 'react';
import { view } from '@forge/bridge';
import { MAX_WEEKS, MIN_WEEKS, validWeeks, type GadgetConfig } from './config';
import type { Strings } from './i18n';
import { usePortfolio } from './useGadget';

/**
 * The gadget's edit view: the project (or all) and N weeks ahead, saved as the gadget's configuration with
 * `view.submit`, after which Jira shows the view with it. The projects offered are those holding campaigns the reader
 * may browse (the portfolio's answer), plus the one configured before, so saving never changes it unasked.
 */
export function GadgetEdit({ t, config }: { t: Strings; config: GadgetConfig }) {
  const { state } = usePortfolio(null);
  const [projectKey, setProjectKey] = useState(config.projectKey ?? '');
  const [weeks, setWeeks] = useState(String(config.weeks));
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const visible = state.status === 'ready' ? state.data.visibleProjects : [];
  const projects = [...new Set([...visible, ...(config.projectKey ? [config.projectKey] : [])])].sort();
  const weeksInvalid = problem === 'weeks';

  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const n = Number(weeks);
    if (!validWeeks(n)) {
      setProblem('weeks');
      return;
    }
    setProblem(null);
    setSaving(true);
    const next: GadgetConfig = { projectKey: projectKey || null, weeks: n };
    view.submit(next).catch(() => {
      setSaving(false);
      setProblem('save');
    });
  };

  return (
    <form className="gadget gadget-edit" aria-labelledby="settings-heading" onSubmit={submit} noValidate>
      <h2 id="settings-heading">{t.settings}</h2>
      <p className="muted small">{t.settingsHint}</p>
      <label className="field">
        <span className="field__label">{t.projectLabel}</span>
        <select value={projectKey} onChange={(e) => setProjectKey(e.target.value)}>
          <option value="">{t.allProjects}</option>
          {projects.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">{t.weeksLabel}</span>
        <input
          type="number"
          inputMode="numeric"
          min={MIN_WEEKS}
          max={MAX_WEEKS}
          step={1}
          value={weeks}
          aria-invalid={weeksInvalid}
          aria-describedby={weeksInvalid ? 'weeks-problem' : undefined}
          onChange={(e) => setWeeks(e.target.value)}
        />
      </label>
      {weeksInvalid && (
        <p id="weeks-problem" className="text-danger small" role="alert">
          {t.weeksInvalid(MIN_WEEKS, MAX_WEEKS)}
        </p>
      )}
      {problem === 'save' && (
        <p className="text-danger small" role="alert">
          {t.saveFailed}
        </p>
      )}
      <div className="gadget-edit__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}

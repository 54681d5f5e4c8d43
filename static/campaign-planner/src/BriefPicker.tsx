import type { Loaded } from './useLoad';
import type { Strings } from './i18n';
import type { BriefChoice } from './setup-values';
import type { ListBriefsResult } from './types';

interface Props {
  t: Strings;
  briefs: Loaded<ListBriefsResult>;
  value: BriefChoice;
  error?: string;
  onChange: (value: BriefChoice) => void;
}

const PASTE = '__paste__';
const NONE = '';

export function BriefPicker({ t, briefs, value, error, onChange }: Props) {
  const selectValue = value.mode === 'page' ? value.pageId : value.mode === 'url' ? PASTE : NONE;
  const pages = briefs.kind === 'ready' ? briefs.data.pages : [];
  return (
    <div className="field field--wide">
      <label className="field__label" htmlFor="brief">
        {t.brief}
      </label>
      <select
        id="brief"
        className="input"
        value={selectValue}
        onChange={(e) => {
          const v = e.target.value;
          onChange(v === NONE ? { mode: 'none' } : v === PASTE ? { mode: 'url', url: '' } : { mode: 'page', pageId: v });
        }}
      >
        <option value={NONE}>{t.briefNone}</option>
        {pages.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
        <option value={PASTE}>{t.briefPaste}</option>
      </select>
      {briefs.kind === 'loading' && <span className="field__hint">{t.loading}</span>}
      {briefs.kind === 'error' && <span className="field__hint">{t.briefsUnavailable(briefs.failure.message)}</span>}
      {value.mode === 'url' && (
        <>
          <label className="field__label visually-hidden" htmlFor="brief-url">
            {t.briefUrl}
          </label>
          <input
            id="brief-url"
            className="input"
            type="url"
            placeholder={t.briefUrlHint}
            value={value.url}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'brief-error' : undefined}
            onChange={(e) => onChange({ mode: 'url', url: e.target.value })}
          />
        </>
      )}
      {error && (
        <p id="brief-error" className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

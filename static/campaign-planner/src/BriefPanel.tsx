import { DataTable, type Column } from '../../kit/DataTable';
import { LANGUAGE_LOCALE, moneyFormat } from '../../../src/wording/format';
import { NNBSP } from '../../../src/wording/typography';
import type { Formatters } from './format';
import type { Strings } from './i18n';
import type { PlanBrief } from './types';
import { BriefChoices, BriefUnread } from './BriefChoices';

type BriefValue = PlanBrief['values'][number];

/** A KPI target with its unit as the reader writes it: `25 %`, `3 ×`, `9 200`. */
function target(value: number, unit: unknown, f: Formatters): string {
  if (unit === 'percent') return `${f.number(value)}${NNBSP}%`;
  if (unit === 'ratio') return `${f.number(value)}${NNBSP}×`;
  return f.number(value);
}

/** Brief values come as the parser found them; show them readably, in the reader's formats, without guessing their shape. */
function show(value: unknown, t: Strings, f: Formatters): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? f.date(value) : value;
  if (typeof value === 'number') return f.number(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map((v) => show(v, t, f)).join(', ');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.amount === 'number' && typeof o.currency === 'string')
      return moneyFormat(LANGUAGE_LOCALE[t.lang], o.currency, { maximumFractionDigits: 0 }, 0).format(o.amount);
    if (typeof o.name === 'string' && typeof o.target === 'number') return `${o.name}${t.colon}${target(o.target, o.unit, f)}`;
    if (typeof o.displayName === 'string') return o.displayName;
    return Object.entries(o)
      .map(([k, v]) => `${k}${t.colon}${show(v, t, f)}`)
      .join('; ');
  }
  // Symbols and functions cannot come out of JSON.
  return '—';
}

function valueColumns(t: Strings, f: Formatters): Column<BriefValue>[] {
  return [
    { key: 'field', header: t.colField, rowHeader: true, cell: (v) => t.briefFields[v.field] ?? v.field },
    { key: 'value', header: t.colValue, cell: (v) => show(v.value, t, f) },
    { key: 'source', header: t.colSource, className: 'muted', cell: (v) => v.source },
    {
      key: 'engine',
      header: t.colEngine,
      cell: (v) => (
        <span data-engine={v.engine ?? 'reader'}>
          {v.engine === 'ai' ? t.engineAi : t.engineReader}
          {v.uncertain ? ` · ${t.uncertain}` : ''}
        </span>
      ),
    },
  ];
}

/** Fields the brief reader can hold, less the title: when one is missing, the AI may be asked for it. */
const READ_FIELDS = ['objective', 'audience', 'launchDate', 'budget', 'channels', 'keyMessages'];

interface Props {
  t: Strings;
  f: Formatters;
  brief: PlanBrief;
  busy?: boolean;
  /** Re-plans with the PM's reading of an ambiguous brief date. */
  onPick?: (launchDate: string) => void;
  /** Re-plans asking the AI for the values the reader did not find. */
  onAskAi?: () => void;
}

export function BriefPanel({ t, f, brief, busy = false, onPick, onAskAi }: Props) {
  const missing = READ_FIELDS.some((field) => !brief.values.some((v) => v.field === field));
  return (
    <section aria-labelledby="brief-heading" className="section">
      <h3 id="brief-heading" className="section__title">
        {t.briefTitle}
        {t.colon}
        <a href={brief.url} target="_blank" rel="noreferrer">
          {brief.title}
        </a>
        <span className="muted"> · v{brief.version}</span>
      </h3>
      {brief.problems.length > 0 && (
        <div className="banner banner--warning" role="note">
          <p className="banner__title">{t.briefProblems}</p>
          <ul className="warnings">
            {brief.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <BriefChoices t={t} f={f} choices={brief.choices ?? []} busy={busy} onPick={onPick} />
      {brief.values.length > 0 && (
        <DataTable labelledBy="brief-heading" columns={valueColumns(t, f)} rows={brief.values} rowKey={(v, i) => `${v.field}-${i}`} />
      )}
      <BriefUnread t={t} unread={brief.unread ?? []} />
      {brief.ai === undefined && missing && onAskAi && (
        <p className="actions">
          <button type="button" className="button" disabled={busy} onClick={onAskAi} data-testid="brief-ask-ai">
            {t.askAi}
          </button>
          <span className="field__hint">{t.askAiHint}</span>
        </p>
      )}
      {brief.ai === 'used' && <p className="muted">{t.aiUsed}</p>}
    </section>
  );
}

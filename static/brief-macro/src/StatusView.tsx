import { useCallback, useEffect, useState, type MouseEvent } from 'react';
import { router } from '@forge/bridge';
import type { CampaignStatus, GetCampaignStatusResult } from '../../../src/contracts/campaign-status';
import { formatters } from '../../kit/format';
import { asFailure, invoke, type ResolverFailure } from '../../kit/invoke';
import type { Strings } from './i18n';
import type { MacroContext } from './useMacro';

type State = { status: 'loading' } | { status: 'ready'; data: GetCampaignStatusResult } | { status: 'failed'; failure: ResolverFailure };

const LOZENGE = { on_track: 'lozenge--success', at_risk: 'lozenge--warning', off_track: 'lozenge--danger' } as const;

function useStatus(issueKey: string | null): { state: State; reload: () => void } {
  const [state, setState] = useState<State>({ status: 'loading' });
  const load = useCallback(() => {
    if (!issueKey) return;
    setState({ status: 'loading' });
    invoke('getCampaignStatus', { issueKey })
      .then((data) => setState({ status: 'ready', data }))
      .catch((e: unknown) => setState({ status: 'failed', failure: asFailure(e) }));
  }, [issueKey]);
  useEffect(load, [load]);
  return { state, reload: load };
}

/** The epic, opened by Confluence through the bridge's router (a plain href would load inside the macro's frame). */
function EpicLink({ issueKey, label }: { issueKey: string; label: string }) {
  const open = (e: MouseEvent<HTMLAnchorElement>): void => {
    e.preventDefault();
    void router.navigate({ target: 'issue', issueKey });
  };
  return (
    <a href={`/browse/${issueKey}`} onClick={open}>
      {label}
    </a>
  );
}

function Figures({ t, s, ctx }: { t: Strings; s: CampaignStatus; ctx: MacroContext }) {
  const f = formatters(ctx.locale, s.budget.currency, ctx.timeZone);
  const forecast =
    s.forecastP85 === null
      ? s.forecast?.status === 'pending'
        ? t.forecastPending
        : t.noForecast
      : `${f.date(s.forecastP85)}${s.forecastP85 > s.launchDate ? ` (${t.afterLaunch})` : ''}`;
  const eac = s.budget.forecastAtCompletion === null ? '' : ` · ${t.expectedFinal(f.money(s.budget.forecastAtCompletion))}`;
  const late = s.signoff.late > 0 ? `, ${t.signoffLate(s.signoff.late)}` : '';
  return (
    <dl className="macro__facts">
      <dt>{t.health}</dt>
      <dd>
        <span className={`lozenge ${LOZENGE[s.health.level]}`} data-health={s.health.level}>
          {t.healthState[s.health.level]}
        </span>
        {s.health.reasons.length > 0 && (
          <ul className="macro__reasons">
            {s.health.reasons.map((r) => (
              <li key={`${r.code}-${r.text}`}>{r.text}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t.launch}</dt>
      <dd>{f.date(s.launchDate)}</dd>
      <dt>{t.forecast}</dt>
      <dd>{forecast}</dd>
      <dt>{t.budget}</dt>
      <dd>
        {t.budgetLine(f.money(s.budget.actual), f.money(s.budget.planned), f.percent(s.budget.percentSpent))}
        {eac}
      </dd>
      <dt>{t.signoff}</dt>
      <dd>{s.signoff.total === 0 ? t.noGates : `${t.signoffLine(s.signoff.approved, s.signoff.total)}${late}`}</dd>
    </dl>
  );
}

/** The campaign's compact live status in the page, as the reader sees it in Jira. */
export function StatusView({ t, ctx }: { t: Strings; ctx: MacroContext }) {
  const { state, reload } = useStatus(ctx.issueKey);
  const key = ctx.issueKey;
  if (!key)
    return (
      <section className="macro" aria-label={t.title}>
        <p className="muted">{t.notConfigured}</p>
      </section>
    );
  let body;
  if (state.status === 'loading')
    body = (
      <p className="muted" role="status">
        {t.loading}
      </p>
    );
  else if (state.status === 'failed')
    body =
      state.failure.code === 'NOT_FOUND' ? (
        <p role="alert">{t.refused(key)}</p>
      ) : (
        <p role="alert">
          {t.loadFailed}{' '}
          <button type="button" className="button button--subtle" onClick={reload}>
            {t.retry}
          </button>
        </p>
      );
  else if (state.data.mode === 'none') body = <p role="alert">{t.notCampaign(key)}</p>;
  else body = <Figures t={t} s={state.data} ctx={ctx} />;
  const name = state.status === 'ready' && state.data.mode === 'campaign' ? state.data.name : null;
  return (
    <section className="macro" aria-label={t.title} data-issue-key={key}>
      <header className="macro__header">
        <h2>{name ? `${t.title} — ${name}` : t.title}</h2>
        <EpicLink issueKey={key} label={t.openEpic(key)} />
      </header>
      {ctx.editing && <p className="muted small">{t.editing}</p>}
      {body}
    </section>
  );
}

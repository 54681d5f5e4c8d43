import { useCallback, useEffect, useState } from 'react';
import type { ListRisksResult, Risk } from '../../../src/contracts/risks';
import { riskWords, type RiskWords } from '../../../src/wording/catalog/risks';
import { asFailure, invoke } from '../../kit/invoke';
import { DataTable } from '../../kit/DataTable';
import type { Formatters } from './format';
import { RiskForm } from './RiskForm';

/**
 * The whole register of the campaign (anyone who sees the epic), with the editor for its PM and the project's
 * admins; others read why they cannot edit it. A save re-reads the register and the panel (the forecast moves).
 */
export function RiskRegister({
  lang,
  f,
  epicKey,
  onChanged,
}: {
  lang: 'en' | 'fr';
  f: Formatters;
  epicKey: string;
  onChanged?: () => void;
}) {
  const w = riskWords(lang);
  const [register, setRegister] = useState<ListRisksResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Risk | 'new' | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const load = useCallback(() => {
    invoke('listRisks', { epicKey }).then(setRegister, (e: unknown) => setError(asFailure(e).message));
  }, [epicKey]);
  useEffect(load, [load]);

  if (error)
    return (
      <p className="field__error small" role="alert">
        {error}
      </p>
    );
  if (!register) return <p className="muted small">{w.loading}</p>;
  const saved = (risk: Risk): void => {
    setEditing(null);
    setNote(w.saved(risk.title));
    load();
    onChanged?.();
  };
  return (
    <div className="risk-register" data-testid="risk-register">
      <RiskTable w={w} f={f} register={register} onEdit={setEditing} />
      {note && (
        <p className="note note--success small" role="status">
          {note}
        </p>
      )}
      <p className="small muted" data-testid="risk-register-home">
        {register.source === 'jira' ? w.keptInJira(register.jiraIssueType ?? 'Risk') : w.keptInApp}
      </p>
      {!register.canEdit && <p className="small muted">{w.readOnly}</p>}
      {register.canEdit && editing === null && (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {w.add}
        </button>
      )}
      {register.canEdit && editing !== null && (
        <RiskForm
          key={editing === 'new' ? 'new' : editing.riskId}
          lang={lang}
          w={w}
          epicKey={epicKey}
          risk={editing === 'new' ? null : editing}
          targets={register.targets}
          onCancel={() => setEditing(null)}
          onSaved={saved}
        />
      )}
    </div>
  );
}

/** Every risk of the register; the PM and project admins open one to edit it. */
function RiskTable(p: { w: RiskWords; f: Formatters; register: ListRisksResult; onEdit: (risk: Risk) => void }) {
  return (
    <>
      {p.register.risks.length === 0 ? (
        <p className="small muted">{p.w.emptyRegister}</p>
      ) : (
        <DataTable
          className="table table--compact"
          tableProps={{ 'data-testid': 'risk-register-table' }}
          caption={p.w.openCount(p.register.risks.filter((r) => r.status === 'open').length, p.register.risks.length)}
          captionClassName="small muted"
          rows={p.register.risks}
          rowKey={(r) => r.riskId}
          columns={[
            {
              key: 'risk',
              header: p.w.risk,
              rowHeader: true,
              cell: (r) => (
                <>
                  {p.register.canEdit ? (
                    <button type="button" className="button button--link" aria-label={p.w.edit(r.title)} onClick={() => p.onEdit(r)}>
                      {r.title}
                    </button>
                  ) : (
                    r.title
                  )}
                  {r.mitigation && <span className="cell-note muted small">{`${p.w.mitigation} · ${r.mitigation}`}</span>}
                </>
              ),
            },
            { key: 'likelihood', header: p.w.likelihood, cell: (r) => p.w.chance(r.probability) },
            {
              key: 'impact',
              header: p.w.impact,
              cell: (r) => (
                <>
                  {p.w.impactSummary(r.impactDays, r.targets.length)}
                  {r.impactCost && <span className="cell-note small">{p.f.money(r.impactCost.amount)}</span>}
                </>
              ),
            },
            { key: 'owner', header: p.w.owner, cell: (r) => r.ownerName },
            { key: 'status', header: p.w.status, cell: (r) => p.w.statuses[r.status] },
          ]}
        />
      )}
    </>
  );
}

import { useEffect, useRef } from 'react';
import type { DateChange } from '../../../../src/contracts/campaign-planner';
import type { PortfolioRow } from '../../../../src/contracts/portfolio';
import { CollisionsList } from '../../../kit/CollisionsList';
import { ConflictsSection } from '../../../kit/ConflictsSection';
import type { PortfolioFormatters } from '../format';
import type { Strings } from '../i18n';
import { IssueLink } from '../../../kit/issue-link';
import { useReplan } from '../useReplan';

function Changes({ t, f, changes }: { t: Strings; f: PortfolioFormatters; changes: readonly DateChange[] }) {
  if (changes.length === 0) return <p>{t.replanNoChange}</p>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="replan-changes-caption">
      <table className="table" data-testid="replan-changes">
        <caption id="replan-changes-caption" className="replan__caption">
          {t.changesCaption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.colIssue}</th>
            <th scope="col">{t.colSummary}</th>
            <th scope="col">{t.colFrom}</th>
            <th scope="col">{t.colTo}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.issueKey} className={c.done ? 'row--done' : undefined}>
              <td className="nowrap">
                <IssueLink issueKey={c.issueKey} />
              </td>
              <th scope="row">{c.summary}</th>
              <td className="nowrap">
                <time dateTime={c.from}>{f.date(c.from)}</time>
              </td>
              <td className="nowrap">{c.done ? t.doneKeeps : <time dateTime={c.to}>{f.date(c.to)}</time>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The re-plan preview of a campaign to a new launch date (a dragged marker or a typed date), as a modal dialog: the
 * date changes and the conflicts across campaigns, then "Apply in Jira" for those who may, else why not.
 */
export function ReplanDialog({
  t,
  f,
  row,
  launchDate,
  onClose,
  onApplied,
}: {
  t: Strings;
  f: PortfolioFormatters;
  row: PortfolioRow;
  launchDate: string;
  onClose: () => void;
  onApplied: (launchDate: string) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const { state, apply } = useReplan(row.campaignKey, launchDate, onApplied);
  useEffect(() => {
    const dialog = ref.current;
    // Unmounting removes the dialog from the top layer; closing it here would fire `close` on the next owner.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const { preview, applied, busy, failure } = state;
  return (
    <dialog ref={ref} className="replan" aria-labelledby="replan-title" data-testid="replan-dialog" onClose={onClose}>
      <h2 id="replan-title" className="replan__title">
        {t.replanTitle(row.name, launchDate)}
      </h2>
      <p>{t.replanIntro(row.launchDate, launchDate)}</p>
      <p className={row.forecastP85 && row.forecastP85 > row.launchDate ? 'text-danger' : 'muted'} data-testid="replan-forecast">
        {row.forecastP85
          ? `${t.forecastNow(row.forecastP85, row.launchDate)} ${t.forecastThen(row.forecastP85, launchDate)}`
          : t.forecastNone}
      </p>
      {busy === 'preview' && (
        <p className="muted" role="status">
          {t.replanLoading}
        </p>
      )}
      {failure && (
        <div className="state state--error" role="alert">
          <p className="state__title">{t.replanFailed}</p>
          <p className="small">{failure.message}</p>
        </div>
      )}
      {preview && (
        <>
          <Changes t={t} f={f} changes={preview.changes} />
          {preview.conflicts && <ConflictsSection lang={t.lang} conflicts={preview.conflicts} id="replan-conflicts" />}
          {preview.collisions && <CollisionsList lang={t.lang} collisions={preview.collisions} names={new Map()} />}
        </>
      )}
      {applied && (
        <p className="replan__applied" role="status">
          {t.applied(applied.applied, applied.launchDate)}
        </p>
      )}
      {preview && !applied && preview.mayApply && !preview.mayApply.allowed && (
        <div className="state" data-testid="replan-refused">
          <p className="state__title">{t.applyRefused}</p>
          {preview.mayApply.refusal && <p className="small">{preview.mayApply.refusal}</p>}
        </div>
      )}
      <div className="replan__actions">
        {preview && !applied && preview.mayApply?.allowed && (
          <button type="button" className="button button--primary" disabled={busy !== undefined} onClick={apply}>
            {busy === 'apply' ? t.applying : t.apply}
          </button>
        )}
        <button type="button" className="button" onClick={() => ref.current?.close()}>
          {applied ? t.close : t.cancel}
        </button>
      </div>
    </dialog>
  );
}

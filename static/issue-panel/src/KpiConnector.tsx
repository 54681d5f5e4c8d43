import { useEffect, useState } from 'react';
import type { KpiConnector as Connector } from '../../../src/contracts/kpi';
import type { KpiStrings } from './kpi-strings';
import { asFailure, invoke } from '../../kit/invoke';

/** The webtrigger URL, the campaign's secret (hidden until asked) and a curl example; the PM may rotate the secret. */
export function KpiConnector({ s, epicKey }: { s: KpiStrings; epicKey: string }) {
  const [connector, setConnector] = useState<Connector | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    invoke('getKpiConnector', { epicKey }).then(setConnector, (e: unknown) => setError(asFailure(e).message));
  }, [epicKey]);

  const rotate = async (): Promise<void> => {
    setBusy(true);
    try {
      setConnector(await invoke('rotateKpiSecret', { epicKey }));
      setNote(s.rotated);
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setBusy(false);
    }
  };

  if (error)
    return (
      <p className="field__error small" role="alert">
        {error}
      </p>
    );
  if (!connector) return <p className="muted small">{s.loading}</p>;
  return (
    <div className="kpi-tool" data-testid="kpi-connector">
      <p className="small">{s.connectorIntro}</p>
      <dl className="small">
        <dt>{s.url}</dt>
        <dd>
          <code data-testid="kpi-connector-url">{connector.url}</code>
        </dd>
        <dt>{s.secret}</dt>
        <dd>
          <code>{shown ? connector.secret : '•'.repeat(16)}</code>{' '}
          <button type="button" className="button button--link" onClick={() => setShown(!shown)} aria-pressed={shown}>
            {shown ? s.hideSecret : s.showSecret}
          </button>
        </dd>
        <dt>{s.signature}</dt>
        <dd>
          <code>
            {connector.signatureHeader}: {connector.signatureFormat}
          </code>
        </dd>
      </dl>
      {shown && (
        <details>
          <summary className="small">{s.example}</summary>
          <pre className="small clip">{connector.curlExample}</pre>
        </details>
      )}
      <button type="button" className="button" onClick={() => void rotate()} disabled={busy}>
        {s.rotate}
      </button>
      {note && (
        <p className="note note--success small" role="status">
          {note}
        </p>
      )}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { asFailure } from '../../kit/call';
import type { SignOffStrings } from './signoff-strings';
import type { SignOffApi } from './useSignOff';

/** Exports a gate's (or, without `gateId`, the campaign's) record as CSV, then offers it as a Blob download link. */
export function ExportButton({ s, api, gateId, label }: { s: SignOffStrings; api: SignOffApi; gateId?: string; label: string }) {
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<{ url: string; name: string; rows: number } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () => () => {
      if (file) URL.revokeObjectURL(file.url);
    },
    [file],
  );

  const run = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const out = await api.exportRecord(gateId ? { gateId } : {});
      // A BOM so spreadsheet apps read the accents as UTF-8.
      setFile({
        url: URL.createObjectURL(new Blob(['\ufeff', out.csv], { type: 'text/csv;charset=utf-8' })),
        name: out.filename,
        rows: out.rows,
      });
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="gate__actions">
      <button type="button" className="button" onClick={() => void run()} disabled={busy}>
        {busy ? s.exporting : label}
      </button>
      {file && (
        <a className="link small" href={file.url} download={file.name}>
          {s.download(file.name, file.rows)}
        </a>
      )}
      {error && (
        <span className="field__error small" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

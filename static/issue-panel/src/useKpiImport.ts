import { useState, type ChangeEvent } from 'react';
import type { KpiImportPreview } from '../../../src/contracts/kpi';
import { asFailure, invoke } from '../../kit/invoke';
import { asMapping, newRequestId, type Mapping } from './kpi-import-mapping';
import type { KpiStrings } from './kpi-strings';

const MAX_BYTES = 400 * 1024;

/**
 * The import's steps: a chosen file is previewed with the server's suggested mapping; each change of the mapping
 * takes a new request id (the import is idempotent per id); `runImport` sends file and mapping at once.
 */
export function useKpiImport(s: KpiStrings, epicKey: string, onImported: () => void) {
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [preview, setPreview] = useState<KpiImportPreview | null>(null);
  const [busy, setBusy] = useState<'reading' | 'previewing' | 'importing' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [requestId, setRequestId] = useState(newRequestId);

  const runPreview = async (text: string, name: string, m: Mapping | null): Promise<void> => {
    setBusy('previewing');
    setError(null);
    setDone(null);
    try {
      const p = await invoke('previewKpiImport', { epicKey, csv: text, fileName: name, ...(m ? { mapping: m } : {}) });
      setPreview(p);
      setMapping(asMapping(p.mapping));
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setBusy(null);
    }
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const chosen = e.target.files?.[0];
    setPreview(null);
    setMapping(null);
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) {
      setError(s.fileHint);
      return;
    }
    setBusy('reading');
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    setRequestId(newRequestId());
    await runPreview(text, chosen.name, null);
  };

  const runImport = async (): Promise<void> => {
    if (!file || !mapping) return;
    setBusy('importing');
    setError(null);
    try {
      const out = await invoke('importKpiCsv', { epicKey, requestId, csv: file.text, fileName: file.name, mapping });
      setDone(out.created ? s.imported(out.kpiPoints, out.spendPoints) : s.alreadyImported);
      onImported();
    } catch (e) {
      setError(asFailure(e).message);
    } finally {
      setBusy(null);
    }
  };

  const update = (change: (m: Mapping) => Mapping): void => {
    if (mapping) setMapping(change(mapping));
    setRequestId(newRequestId());
  };
  const repreview = (): void => {
    if (file) void runPreview(file.text, file.name, mapping);
  };

  return { file, mapping, preview, busy, error, done, choose, runImport, update, repreview };
}

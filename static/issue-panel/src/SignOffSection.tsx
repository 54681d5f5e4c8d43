import { Suspense } from 'react';
import type { Formatters } from './format';
import { GateCard } from './GateCard';
import type { Strings } from './i18n';
import { Section } from './Section';
import { LazyExportButton } from './signoff-lazy';
import type { GateStatus } from './types';
import { useSignOffApi, type SignOffApi } from './useSignOff';
import { ActionRefusal, usePanelAction, useReadOnly } from './panel-actions';

/** The gates `getSignOff` binds to this issue, in its order (a milestone may have several), then any other of the panel's. */
export function gatesToShow(base: GateStatus[], api: SignOffApi | null): GateStatus[] {
  if (api?.state.kind !== 'ready') return base;
  const bound = api.state.data.gates;
  const known = new Set(bound.map((g) => g.gateId));
  return [...bound, ...base.filter((g) => !known.has(g.gateId))];
}

export function GateList({ t, f, gates }: { t: Strings; f: Formatters; gates: GateStatus[] }) {
  return (
    <ul className="gates">
      {gates.map((g) => (
        <GateCard key={g.gateId} t={t} f={f} gate={g} />
      ))}
    </ul>
  );
}

/** On the epic: every gate of the campaign, and the campaign's record export. */
export function SignOffSection({ t, f, gates }: { t: Strings; f: Formatters; gates: GateStatus[] }) {
  const api = useSignOffApi();
  const shown = gatesToShow(gates, api);
  const exportData = usePanelAction('exportData');
  const readOnly = useReadOnly();
  return (
    <Section id="signoff" title={t.signOff}>
      {shown.length === 0 ? <p className="muted">{t.noGates}</p> : <GateList t={t} f={f} gates={shown} />}
      {api?.state.kind === 'ready' && shown.length > 0 && exportData.allowed && (
        <Suspense fallback={null}>
          <LazyExportButton s={t.so} api={api} label={t.so.exportCampaign} />
        </Suspense>
      )}
      {shown.length > 0 && !readOnly && <ActionRefusal action={exportData} testId="export-refusal" />}
    </Section>
  );
}

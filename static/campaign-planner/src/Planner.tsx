import { useMemo, useState } from 'react';
import { invoke } from './api';
import { CopyTemplateDialog } from './CopyTemplateDialog';
import { CreatePanel } from './CreatePanel';
import { formatters, localToday } from './format';
import type { Strings } from './i18n';
import { PlanView } from './PlanView';
import type { RowEdit } from './RowsTable';
import { SetupForm } from './SetupForm';
import { initialSetup, toPreviewRequest, type SetupErrors, type SetupField, type SetupValues } from './setup-values';
import { EmptyState, ErrorState, LoadingState, NoAccessState } from './States';
import { useCreation } from './useCreation';
import { useLoad } from './useLoad';
import { previewData, usePreview } from './usePreview';
import type { PlanOverrides, PlanRow, PreviewCampaignPayload, RoleAssignments, TemplateSummary } from './types';

type RowOverrides = NonNullable<PlanOverrides['rows']>;

const SETUP_FIELDS: Record<string, SetupField> = {
  templateId: 'templateId',
  launchDate: 'launchDate',
  'budget.amount': 'budget.amount',
  'budget.currency': 'budget.amount',
  briefPageId: 'briefPageId',
};

interface Props {
  t: Strings;
  locale?: string;
  projectKey?: string;
}

/** The page's workflow: set up → preview and edit (each edit re-plans on the server) → create and follow progress. */
export function Planner({ t, locale, projectKey }: Props) {
  const templates = useLoad(() => invoke('listTemplates', projectKey ? { projectKey } : {}), true);
  const briefs = useLoad(() => invoke('listBriefs', {}), true);
  const [values, setValues] = useState<SetupValues>(() => initialSetup(t.lang));
  const [errors, setErrors] = useState<SetupErrors>({});
  const [base, setBase] = useState<PreviewCampaignPayload | undefined>(undefined);
  const [rowOverrides, setRowOverrides] = useState<RowOverrides>({});
  const [roles, setRoles] = useState<RoleAssignments | undefined>(undefined);
  const [removed, setRemoved] = useState<{ rowId: string; summary: string }[]>([]);
  const preview = usePreview();
  const creation = useCreation();
  const today = useMemo(localToday, []);
  const [copying, setCopying] = useState<{ source: TemplateSummary; anchorTop: number } | undefined>(undefined);
  const [copied, setCopied] = useState<string | undefined>(undefined);

  const data = previewData(preview.state);
  const currency = data?.plan.budget.currency ?? values.currency;
  const f = useMemo(() => formatters(locale, currency), [locale, currency]);
  const money = (amount: number, cur: string): string => formatters(locale, cur).money(amount);

  const run = (request: PreviewCampaignPayload, overrides: RowOverrides, roleAssignments: RoleAssignments | undefined): void => {
    const hasOverrides = Object.keys(overrides).length > 0;
    preview.preview({
      ...request,
      ...(hasOverrides ? { overrides: { rows: overrides } } : {}),
      ...(roleAssignments ? { roleAssignments } : {}),
    });
  };

  const submitSetup = (): void => {
    const checked = toPreviewRequest(values, t, projectKey);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    // Edits name rows of one template: a different template starts from a clean plan.
    const sameTemplate = base?.templateId === checked.request.templateId;
    const overrides = sameTemplate ? rowOverrides : {};
    if (!sameTemplate) {
      setRowOverrides({});
      setRemoved([]);
    }
    setBase(checked.request);
    creation.reset();
    run(checked.request, overrides, roles);
  };

  const edit = (rowId: string, patch: RowOverrides[string]): void => {
    if (!base) return;
    const next = { ...rowOverrides, [rowId]: { ...rowOverrides[rowId], ...patch } };
    setRowOverrides(next);
    run(base, next, roles);
  };
  const onEdit = (rowId: string, e: RowEdit): void => {
    if (Object.keys(e).length > 0) edit(rowId, e);
  };
  const onRemove = (row: PlanRow): void => {
    setRemoved((r) => [...r.filter((x) => x.rowId !== row.rowId), { rowId: row.rowId, summary: row.summary }]);
    edit(row.rowId, { removed: true });
  };
  const onRestore = (rowId: string): void => {
    setRemoved((r) => r.filter((x) => x.rowId !== rowId));
    edit(rowId, { removed: false });
  };
  // A leveling proposal's last resort, when the PM chooses it: the same plan with a later launch.
  const onLaunchDate = (launchDate: string): void => {
    if (!base) return;
    const next = { ...base, launchDate };
    setValues((v) => ({ ...v, launchDate }));
    setBase(next);
    run(next, rowOverrides, roles);
  };
  const onRoles = (next: RoleAssignments): void => {
    if (!base) return;
    setRoles(next);
    run(base, rowOverrides, next);
  };

  // A refusal that names a setup field belongs next to that field.
  const failure = preview.state.kind === 'error' ? preview.state.failure : undefined;
  // Jira answers "not found" for a project the user may not see, so both mean: no access here.
  const noAccess = failure !== undefined && (failure.code === 'FORBIDDEN' || (failure.code === 'NOT_FOUND' && !failure.field));
  const fieldOfFailure = failure?.field ? SETUP_FIELDS[failure.field] : undefined;
  const shownErrors = fieldOfFailure && !errors[fieldOfFailure] ? { ...errors, [fieldOfFailure]: failure?.message } : errors;

  if (templates.state.kind === 'loading') return <LoadingState t={t} />;
  if (templates.state.kind === 'error') {
    const f0 = templates.state.failure;
    return f0.code === 'FORBIDDEN' || f0.code === 'NOT_FOUND' ? (
      <NoAccessState t={t} message={f0.message} />
    ) : (
      <ErrorState t={t} message={f0.message} onRetry={templates.reload} />
    );
  }
  if (templates.state.data.templates.length === 0) return <EmptyState title={t.noTemplatesTitle} body={t.noTemplatesBody} />;

  const previewBusy = preview.state.kind === 'loading';
  const creating = creation.state.kind === 'starting' || creation.state.kind === 'polling';
  return (
    <>
      <SetupForm
        t={t}
        templates={templates.state.data.templates}
        briefs={briefs.state}
        values={values}
        errors={shownErrors}
        busy={previewBusy || creating}
        money={money}
        onChange={setValues}
        onSubmit={submitSetup}
        onCopyTemplate={templates.state.data.canEdit ? (source, anchorTop) => setCopying({ source, anchorTop }) : undefined}
        templateNotice={copied}
      />
      {copying && (
        <CopyTemplateDialog
          t={t}
          source={copying.source}
          projectKey={projectKey}
          anchorTop={copying.anchorTop}
          onClose={() => setCopying(undefined)}
          onSaved={(saved) => {
            setCopied(t.copied(saved.name[t.lang]));
            templates.refresh();
          }}
        />
      )}
      {failure &&
        (noAccess ? (
          <NoAccessState t={t} message={failure.message} />
        ) : (
          !fieldOfFailure && (
            <ErrorState
              t={t}
              message={failure.message}
              onRetry={() => preview.state.kind === 'error' && preview.preview(preview.state.request)}
            />
          )
        ))}
      {!data && previewBusy && <LoadingState t={t} />}
      {data && !noAccess && (
        <>
          <PlanView
            t={t}
            f={f}
            data={data}
            today={today}
            busy={previewBusy || creating}
            removed={removed}
            onEdit={onEdit}
            onRemove={onRemove}
            onRestore={onRestore}
            onRoles={onRoles}
            onLaunchDate={onLaunchDate}
          />
          <CreatePanel
            t={t}
            state={creation.state}
            issuesToCreate={data.plan.rows.length + 1}
            campaignLabel={data.plan.campaignLabel}
            canCreate={preview.state.kind === 'ready'}
            onCreate={() => preview.state.kind === 'ready' && creation.create(preview.state.data.plan)}
            onRetry={() => preview.state.kind === 'ready' && creation.retry(preview.state.data.plan)}
          />
        </>
      )}
    </>
  );
}

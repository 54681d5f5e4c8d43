import { useState } from 'react';
import type { Strings } from './i18n';
import type { RowEdit } from './RowsTable';
import { initialSetup, toPreviewRequest, type SetupErrors, type SetupValues } from './setup-values';
import type { PlanOverrides, PlanRow, PreviewCampaignPayload, RoleAssignments } from './types';
import type { usePreview } from './usePreview';

type RowOverrides = NonNullable<PlanOverrides['rows']>;

export interface PlanDraft {
  values: SetupValues;
  setValues: (v: SetupValues) => void;
  errors: SetupErrors;
  removed: { rowId: string; summary: string }[];
  submitSetup: () => void;
  onEdit: (rowId: string, e: RowEdit) => void;
  onRemove: (row: PlanRow) => void;
  onRestore: (rowId: string) => void;
  onRoles: (next: RoleAssignments) => void;
  /** A leveling proposal's last resort, when the PM chooses it: the same plan with a later launch. */
  onLaunchDate: (launchDate: string) => void;
  /** The audiences and channels the PM chose (they replace the template's and the brief's). */
  onTargeting: (next: { audiences: string[]; channels: string[] }) => void;
  /** The PM's reading of an ambiguous brief date (none is used until picked). */
  onBriefPick: (launchDate: string) => void;
  /** Ask the AI for the brief values the reader did not find. */
  onBriefAi: () => void;
}

/** The setup with the PM's row edits and role mapping, as `previewCampaign` takes them. */
function withEdits(
  request: PreviewCampaignPayload,
  overrides: RowOverrides,
  roleAssignments: RoleAssignments | undefined,
): PreviewCampaignPayload {
  return {
    ...request,
    ...(Object.keys(overrides).length > 0 ? { overrides: { rows: overrides } } : {}),
    ...(roleAssignments ? { roleAssignments } : {}),
  };
}

/** The same brief keeps the reading the PM picked and the AI's proposals they asked for. */
function keepBriefReading(request: PreviewCampaignPayload, base: PreviewCampaignPayload | undefined): PreviewCampaignPayload {
  if (!base || base.briefPageId !== request.briefPageId) return request;
  return {
    ...request,
    ...(base.briefPicks ? { briefPicks: base.briefPicks } : {}),
    ...(base.briefAi ? { briefAi: base.briefAi } : {}),
  };
}

/**
 * What the PM set up and edited on the plan (row overrides, removed rows, role mapping); every change sends the
 * whole request to `preview` again. `onSubmitted` runs when a new setup is sent (the creation starts over).
 */
export function usePlanDraft(
  t: Strings,
  projectKey: string | undefined,
  preview: ReturnType<typeof usePreview>['preview'],
  onSubmitted: () => void,
): PlanDraft {
  const [values, setValues] = useState<SetupValues>(() => initialSetup(t.lang));
  const [errors, setErrors] = useState<SetupErrors>({});
  const [base, setBase] = useState<PreviewCampaignPayload | undefined>(undefined);
  const [rowOverrides, setRowOverrides] = useState<RowOverrides>({});
  const [roles, setRoles] = useState<RoleAssignments | undefined>(undefined);
  const [removed, setRemoved] = useState<{ rowId: string; summary: string }[]>([]);

  const run = (request: PreviewCampaignPayload, overrides: RowOverrides, roleAssignments: RoleAssignments | undefined): void =>
    preview(withEdits(request, overrides, roleAssignments));

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
    const request = keepBriefReading(checked.request, base);
    setBase(request);
    onSubmitted();
    run(request, overrides, roles);
  };

  /** The same setup with `patch` (a later launch, the PM's audiences and channels), previewed again. */
  const rebase = (patch: Partial<PreviewCampaignPayload>): void => {
    if (!base) return;
    const next = { ...base, ...patch };
    setBase(next);
    run(next, rowOverrides, roles);
  };

  const edit = (rowId: string, patch: RowOverrides[string]): void => {
    if (!base) return;
    const next = { ...rowOverrides, [rowId]: { ...rowOverrides[rowId], ...patch } };
    setRowOverrides(next);
    run(base, next, roles);
  };
  return {
    values,
    setValues,
    errors,
    removed,
    submitSetup,
    onEdit: (rowId, e) => {
      if (Object.keys(e).length > 0) edit(rowId, e);
    },
    onRemove: (row) => {
      setRemoved((r) => [...r.filter((x) => x.rowId !== row.rowId), { rowId: row.rowId, summary: row.summary }]);
      edit(row.rowId, { removed: true });
    },
    onRestore: (rowId) => {
      setRemoved((r) => r.filter((x) => x.rowId !== rowId));
      edit(rowId, { removed: false });
    },
    onRoles: (next) => {
      if (!base) return;
      setRoles(next);
      run(base, rowOverrides, next);
    },
    onLaunchDate: (launchDate) => {
      if (!base) return;
      setValues({ ...values, launchDate });
      rebase({ launchDate });
    },
    onTargeting: (targeting) => rebase(targeting),
    onBriefPick: (launchDate) => rebase({ briefPicks: { launchDate } }),
    onBriefAi: () => rebase({ briefAi: true }),
  };
}

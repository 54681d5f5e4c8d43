import { useRef, useState } from 'react';
import type { LevelingChange, LevelingProposal } from '../../../src/contracts/conflicts';
import { asFailure, invoke, type ResolverFailure } from './api';
import type { ReplanCampaignResult } from './types';

export interface ReplanState {
  busy?: 'preview' | 'apply' | 'level';
  /** The last changes the server computed, and for which launch date. */
  shown?: { launchDate: string; result: ReplanCampaignResult };
  /** Set once the changes for `shown.launchDate` were applied. */
  applied?: number;
  /** The leveling proposal applied last (the conflicts shown are those after it), and whether it was in place already. */
  leveled?: { proposal: LevelingProposal; alreadyApplied: boolean };
  failure?: ResolverFailure;
}

/** A proposal as the change `applyLevelingProposal` takes; none when it lacks what its kind needs. */
function changeOf(p: LevelingProposal): LevelingChange | undefined {
  if (p.kind === 'move_launch') return p.launchDate ? { kind: 'move_launch', launchDate: p.launchDate } : undefined;
  if (!p.rowId) return undefined;
  if (p.kind === 'shift') return p.dueDate ? { kind: 'shift', rowId: p.rowId, dueDate: p.dueDate } : undefined;
  return p.toAccountId ? { kind: 'reassign', rowId: p.rowId, toAccountId: p.toAccountId } : undefined;
}

/**
 * Re-plan one campaign: show the date changes for a launch date, then apply them, or apply one leveling proposal
 * and show the conflicts after it; only the latest call counts.
 */
export function useReplan(epicKey: string) {
  const [state, setState] = useState<ReplanState>({});
  const latest = useRef(0);
  const run = (launchDate: string, apply: boolean, onApplied?: () => void): void => {
    const n = ++latest.current;
    setState((s) => ({ ...s, busy: apply ? 'apply' : 'preview', failure: undefined }));
    invoke('replanCampaign', apply ? { epicKey, launchDate, apply: true } : { epicKey, launchDate })
      .then((result) => {
        if (n !== latest.current) return;
        setState(apply ? { shown: { launchDate, result }, applied: result.applied } : { shown: { launchDate, result } });
        if (apply) onApplied?.();
      })
      .catch((e: unknown) => {
        if (n === latest.current) setState((s) => ({ ...s, busy: undefined, failure: asFailure(e) }));
      });
  };
  /** Applies `p` to the campaign (one request id per click), then shows the re-plan at the campaign's launch date. */
  const level = (p: LevelingProposal, launchDate: string, onLaunchMoved: (launchDate: string) => void): void => {
    const change = changeOf(p);
    if (!change) return;
    const n = ++latest.current;
    const now = change.kind === 'move_launch' ? change.launchDate : launchDate;
    setState((s) => ({ ...s, busy: 'level', failure: undefined }));
    invoke('applyLevelingProposal', { epicKey, change, requestId: crypto.randomUUID() })
      .then(async (out) => {
        const result = await invoke('replanCampaign', { epicKey, launchDate: now });
        if (n !== latest.current) return;
        setState({ shown: { launchDate: now, result }, leveled: { proposal: p, alreadyApplied: out.alreadyApplied } });
        if (change.kind === 'move_launch') onLaunchMoved(now);
      })
      .catch((e: unknown) => {
        if (n === latest.current) setState((s) => ({ ...s, busy: undefined, failure: asFailure(e) }));
      });
  };
  return {
    state,
    preview: (launchDate: string): void => run(launchDate, false),
    apply: (launchDate: string, onApplied: () => void): void => run(launchDate, true, onApplied),
    level,
  };
}

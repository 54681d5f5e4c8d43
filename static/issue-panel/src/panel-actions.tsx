import { createContext, useContext } from 'react';
import type { PanelAction, PanelActions } from './types';

/**
 * What the acting user may do on the panel's surfaces, as the server's policy decided (`getCampaignPanel`'s
 * `actions`). Null when the server did not say: the surfaces then offer their actions and the server refuses.
 */
export const PanelActionsContext = createContext<PanelActions | null>(null);

type Surface = Exclude<keyof PanelActions, 'role'>;
const ALLOWED: PanelAction = { allowed: true };

/** Whether the user may take the action of `surface`, and why not (worded by the server in their locale). */
export function usePanelAction(surface: Surface): PanelAction {
  return useContext(PanelActionsContext)?.[surface] ?? ALLOWED;
}

/** True when the user only reads the campaign (a viewer): the panel then shows no write action. */
export const useReadOnly = (): boolean => useContext(PanelActionsContext)?.role === 'viewer';

/** Why an action is not offered, up front where its button would be. */
export function ActionRefusal({ action, testId }: { action: PanelAction; testId: string }) {
  if (action.allowed || !action.reason) return null;
  return (
    <p className="small muted action-refusal" data-testid={testId}>
      {action.reason}
    </p>
  );
}

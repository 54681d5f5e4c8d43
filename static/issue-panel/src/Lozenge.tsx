import type { Health } from './types';

export type Tone = 'neutral' | 'information' | 'success' | 'warning' | 'danger';

export const HEALTH_TONE: Record<Health, Tone> = { on_track: 'success', at_risk: 'warning', off_track: 'danger' };

export function Lozenge({ tone, children, bold }: { tone: Tone; children: string; bold?: boolean }) {
  return <span className={`lozenge lozenge--${tone}${bold ? ' lozenge--bold' : ''}`}>{children}</span>;
}

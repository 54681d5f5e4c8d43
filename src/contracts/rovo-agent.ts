/**
 * The Rovo agent as `rovo.open()` names it (the manifest's `rovo:agent` key and name; a test checks they match).
 * Kept apart from `rovo.ts` so the issue panel imports two strings, not the actions' schemas.
 */
export const ROVO_AGENT_KEY = 'campaign-assistant';
export const ROVO_AGENT_NAME = 'Campaign assistant';

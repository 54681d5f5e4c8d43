/**
 * Compile-time checks of the typed `invoke` (type-checked by `npm run typecheck`, never bundled: nothing imports
 * it). Each `@ts-expect-error` fails the type check if the line it guards ever compiles.
 */
import { invoke } from './invoke';

export async function typedInvokeChecks(): Promise<string> {
  // @ts-expect-error: a payload field the contract lacks is refused.
  await invoke('getIssueOverview', { issueKy: 'MKT-1' });
  // @ts-expect-error: a resolver name the registry lacks is refused.
  await invoke('getIssueOverwiew', {});
  const overview = await invoke('getIssueOverview', { issueKey: 'MKT-1' });
  // @ts-expect-error: a result field the contract lacks is refused.
  const misspelt: keyof typeof overview.issue = 'sumary';
  return `${overview.issue.summary}${misspelt}`;
}

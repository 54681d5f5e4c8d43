import { router } from '@forge/bridge';
import type { MouseEvent } from 'react';

/** The campaign's epic, opened by Jira through the bridge's router (a plain href would load inside the gadget's frame). */
export function CampaignLink({ issueKey, name, label }: { issueKey: string; name: string; label: string }) {
  const open = (e: MouseEvent<HTMLAnchorElement>): void => {
    e.preventDefault();
    void router.navigate({ target: 'issue', issueKey });
  };
  return (
    <a href={`/browse/${issueKey}`} onClick={open} aria-label={label}>
      {name}
    </a>
  );
}

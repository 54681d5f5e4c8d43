import { router } from '@forge/bridge';
import type { MouseEvent, ReactNode } from 'react';

/** A link to an issue that Jira opens through the bridge's router (a plain href would only load inside the iframe). */
export function IssueLink({
  issueKey,
  label,
  testId,
  children,
}: {
  issueKey: string;
  label?: string;
  testId?: string;
  children?: ReactNode;
}) {
  const open = (e: MouseEvent<HTMLAnchorElement>): void => {
    e.preventDefault();
    void router.navigate({ target: 'issue', issueKey });
  };
  return (
    <a href={`/browse/${issueKey}`} onClick={open} aria-label={label} data-testid={testId}>
      {children ?? issueKey}
    </a>
  );
}

import { rovo } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { ROVO_AGENT_KEY, ROVO_AGENT_NAME } from '../../../src/contracts/rovo-agent';
import { assistantWords } from '../../../src/wording/catalog/assistant';

/**
 * "Ask Rovo" / « Demander à Rovo »: opens Rovo Chat with the app's agent, asking about this campaign. Shown only
 * when `rovo.isEnabled()` says the site has Rovo; where it is off, or the check fails, nothing is shown.
 */
export function AskRovoButton({ lang, epicKey, name }: { lang: 'en' | 'fr'; epicKey: string; name: string }) {
  const [enabled, setEnabled] = useState(false);
  const [failed, setFailed] = useState(false);
  const words = assistantWords[lang];

  useEffect(() => {
    let live = true;
    rovo
      .isEnabled()
      .then((on) => {
        if (live) setEnabled(on);
      })
      .catch(() => {
        // A host without Rovo's bridge call reads as Rovo off.
        if (live) setEnabled(false);
      });
    return () => {
      live = false;
    };
  }, []);

  if (!enabled || failed) return null;
  const open = (): void => {
    rovo
      .open({ type: 'forge', agentKey: ROVO_AGENT_KEY, agentName: ROVO_AGENT_NAME, prompt: words.askAbout(epicKey, name) })
      .catch(() => setFailed(true));
  };
  return (
    <button type="button" className="button button--subtle ask-rovo" title={words.askRovoHint} onClick={open} data-testid="ask-rovo">
      {words.askRovo}
    </button>
  );
}

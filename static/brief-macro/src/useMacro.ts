import { useEffect, useState } from 'react';
import { view } from '@forge/bridge';
import { issueKeyFrom } from './issue-key';

/**
 * What the macro reads from its Forge context: the reader, the page it sits in, and Confluence's macro extension
 * (its configuration `config.issueKey`; `autoConvertLink`, the address that was pasted when autoConvert inserted it;
 * `isEditing` while the page is edited; the configuration view when opened as the macro's `config` resource).
 */
export interface MacroContext {
  ready: boolean;
  locale?: string;
  timeZone?: string;
  issueKey: string | null;
  editing: boolean;
  configuring: boolean;
}

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function useMacroContext(): MacroContext {
  const [state, setState] = useState<MacroContext>({ ready: false, issueKey: null, editing: false, configuring: false });
  useEffect(() => {
    let live = true;
    view
      .getContext()
      .then((ctx) => {
        const extension = record(ctx.extension);
        const config = record(extension.config);
        const macro = record(extension.macro);
        const next: MacroContext = {
          ready: true,
          locale: ctx.locale,
          timeZone: ctx.timezone,
          issueKey: issueKeyFrom(text(config.issueKey)) ?? issueKeyFrom(text(extension.autoConvertLink)),
          editing: extension.isEditing === true,
          configuring: extension.entryPoint === 'config' || macro.isConfiguring === true,
        };
        if (live) setState(next);
      })
      .catch(() => {
        if (live) setState((s) => ({ ...s, ready: true }));
      });
    return () => {
      live = false;
    };
  }, []);
  return state;
}

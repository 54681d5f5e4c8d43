import { useState, type ReactNode } from 'react';
import { CopyTemplateDialog } from './CopyTemplateDialog';
import type { Strings } from './i18n';
import type { TemplateSummary } from './types';

/**
 * The template copy dialog of the setup form: `open` shows it next to the "Copy" button, `dialog` is what to render
 * (nothing while closed) and `notice` says which copy was last saved. `onSaved` reloads the templates.
 */
export function useCopyDialog(
  t: Strings,
  projectKey: string | undefined,
  onSaved: () => void,
): { open: (source: TemplateSummary, anchorTop: number) => void; dialog: ReactNode; notice?: string } {
  const [copying, setCopying] = useState<{ source: TemplateSummary; anchorTop: number } | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const dialog = copying && (
    <CopyTemplateDialog
      t={t}
      source={copying.source}
      projectKey={projectKey}
      anchorTop={copying.anchorTop}
      onClose={() => setCopying(undefined)}
      onSaved={(saved) => {
        setNotice(t.copied(saved.name[t.lang]));
        onSaved();
      }}
    />
  );
  return { open: (source, anchorTop) => setCopying({ source, anchorTop }), dialog, notice };
}

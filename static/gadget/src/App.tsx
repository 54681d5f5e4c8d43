import { useEffect } from 'react';
import { stringsFor } from './i18n';
import { GadgetEdit } from './GadgetEdit';
import { GadgetView } from './GadgetView';
import { useGadgetContext } from './useGadget';

/** One resource for both of Jira's gadget views: the edit view when Jira opens it with `entryPoint: 'edit'`. */
export function App() {
  const ctx = useGadgetContext();
  const t = stringsFor(ctx.locale ?? navigator.language);
  useEffect(() => {
    document.documentElement.lang = t.lang;
  }, [t.lang]);
  if (!ctx.ready)
    return (
      <p className="muted" role="status">
        {t.loading}
      </p>
    );
  return ctx.editing ? <GadgetEdit t={t} config={ctx.config} /> : <GadgetView t={t} ctx={ctx} />;
}

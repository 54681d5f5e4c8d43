import { useEffect } from 'react';
import { stringsFor } from './i18n';
import { ConfigForm } from './ConfigForm';
import { StatusView } from './StatusView';
import { useMacroContext } from './useMacro';

/** One resource for the macro and its configuration (the `config` resource opens it with `entryPoint: 'config'`). */
export function App() {
  const ctx = useMacroContext();
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
  if (ctx.configuring) return <ConfigForm t={t} issueKey={ctx.issueKey} />;
  return <StatusView t={t} ctx={ctx} />;
}

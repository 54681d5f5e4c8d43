import type { PortfolioRow } from '../../../src/contracts/portfolio';
import type { Health } from '../../../src/contracts/campaign-panel';
import type { CampaignTimeStatus } from '../../../src/wording/catalog/portfolio';
import { audienceName } from '../../../src/wording/catalog/audiences';
import { channelName } from '../../../src/wording/catalog/channels';
import { optionsOf, type FilterKey, type FilterValues } from './filters';
import type { Strings } from './i18n';

/** A filter's label and how one of its values reads. */
function describe(t: Strings, key: FilterKey, rows: readonly PortfolioRow[]): { label: string; name: (v: string) => string } {
  switch (key) {
    case 'project':
      return { label: t.filterProject, name: (v) => v };
    case 'owner':
      return { label: t.filterOwner, name: (v) => rows.find((r) => r.ownerAccountId === v)?.ownerName || t.noOwner };
    case 'channel':
      return { label: t.filterChannel, name: (v) => channelName(t.lang, v) };
    case 'audience':
      return { label: t.filterAudience, name: (v) => audienceName(t.lang, v) };
    case 'health':
      return { label: t.filterHealth, name: (v) => t.healthState[v as Health] };
    case 'status':
      return { label: t.filterStatus, name: (v) => t.timeStatus[v as CampaignTimeStatus] };
  }
}

/** One select per filter ("All" first), the count shown, and a button that clears them. */
export function Filters({
  t,
  id,
  keys,
  rows,
  values,
  shown,
  today,
  onChange,
}: {
  t: Strings;
  id: string;
  keys: readonly FilterKey[];
  rows: readonly PortfolioRow[];
  values: FilterValues;
  shown: number;
  today: string;
  onChange: (values: FilterValues) => void;
}) {
  const any = Object.values(values).some(Boolean);
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">{t.filtersLabel}</legend>
      {keys.map((key) => {
        const d = describe(t, key, rows);
        const options = optionsOf(rows, key, today);
        return (
          <label key={key} className="field filters__field">
            <span className="field__label">{d.label}</span>
            <select
              className="input"
              id={`${id}-${key}`}
              value={values[key] ?? ''}
              onChange={(e) => onChange({ ...values, [key]: e.target.value })}
            >
              <option value="">{t.filterAll[key]}</option>
              {options.map((v) => (
                <option key={v} value={v}>
                  {d.name(v)}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      <div className="filters__end">
        <span className="small muted" role="status">
          {t.shown(shown, rows.length)}
        </span>
        {any && (
          <button type="button" className="button button--subtle" onClick={() => onChange({})}>
            {t.clearFilters}
          </button>
        )}
      </div>
    </fieldset>
  );
}

import { dayInWords } from '../../../src/wording/format';
import type { Strings } from './i18n';
import type { BreakdownMilestone } from './types';

interface Props {
  t: Strings;
  milestones: BreakdownMilestone[];
  value: string | undefined;
  disabled: boolean;
  onPick: (key: string) => void;
}

/** The campaign's milestones by name and due date (in words, in the reader's language); the tasks block the one picked. */
export function MilestonePicker({ t, milestones, value, disabled, onPick }: Props) {
  return (
    <div className="field">
      <label htmlFor="milestone">{t.milestone}</label>
      <select
        id="milestone"
        className="input"
        value={value ?? ''}
        disabled={disabled || milestones.length < 2}
        aria-describedby="milestone-help"
        onChange={(e) => onPick(e.target.value)}
      >
        {milestones.map((m) => (
          <option key={m.key} value={m.key}>
            {t.milestoneOption(m.summary, dayInWords(t.lang, m.dueDate))}
          </option>
        ))}
      </select>
      <p id="milestone-help" className="muted small">
        {t.milestoneHelp}
      </p>
    </div>
  );
}

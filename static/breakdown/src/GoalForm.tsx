import type { Strings } from './i18n';
import type { BreakdownEngine } from './types';

interface Props {
  t: Strings;
  goal: string;
  engine: BreakdownEngine;
  aiAvailable: boolean;
  busy: boolean;
  onGoal: (goal: string) => void;
  onEngine: (engine: BreakdownEngine) => void;
  onSuggest: () => void;
}

/** The goal in the user's words and the engine that proposes tasks for it. */
export function GoalForm({ t, goal, engine, aiAvailable, busy, onGoal, onEngine, onSuggest }: Props) {
  return (
    <form
      className="goal"
      onSubmit={(e) => {
        e.preventDefault();
        onSuggest();
      }}
    >
      <label htmlFor="goal">{t.goal}</label>
      <textarea
        id="goal"
        className="input"
        rows={3}
        maxLength={4000}
        value={goal}
        aria-describedby="goal-help"
        disabled={busy}
        onChange={(e) => onGoal(e.target.value)}
      />
      <p id="goal-help" className="muted small">
        {t.goalHelp}
      </p>
      <div className="row">
        <label htmlFor="engine">{t.engine}</label>
        <select id="engine" className="input" value={engine} disabled={busy} onChange={(e) => onEngine(e.target.value as BreakdownEngine)}>
          <option value="patterns">{t.enginePatterns}</option>
          <option value="ai" disabled={!aiAvailable}>
            {aiAvailable ? t.engineAi : t.engineAiOff}
          </option>
        </select>
        <button type="submit" className="button" disabled={busy}>
          {t.suggest}
        </button>
      </div>
    </form>
  );
}

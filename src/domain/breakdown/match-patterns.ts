import type { Language } from '../model';
import { escapeRegExp, normalize } from '../brief/text';
import { EngineOutput, MAX_BREAKDOWN_TASKS, type SuggestedTask } from './schema';
import { GENERIC_PATTERN, TASK_PATTERNS, type TaskPattern } from './patterns';
import { mustGet } from '../invariant';

export interface PatternMatchInput {
  goal: string;
  /** The campaign's channels (its template's and its brief's), as written there. */
  channels: readonly string[];
  /** Language of the task summaries (the campaign's). */
  language: Language;
  /** Language of the reasons (the person reading them). */
  reasonLanguage: Language;
  patterns?: readonly TaskPattern[];
}

export interface PatternHit {
  patternId: string;
  /** Keywords found in the goal, as the library writes them. */
  keywords: string[];
  /** Campaign channels that call for the pattern, as the campaign writes them. */
  channels: string[];
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, spans: readonly Span[]): boolean => spans.some((b) => a.start < b.end && b.start < a.end);

/**
 * Which patterns the goal's words call for. Longer phrases are matched first and use up their words, so
 * "paid social" is not also read as "social". Accents, case and a plural `s` do not matter.
 */
export function keywordHits(goal: string, patterns: readonly TaskPattern[]): Map<string, string[]> {
  const text = normalize(goal);
  const candidates = patterns.flatMap((p) =>
    [...p.keywords.en, ...p.keywords.fr].map((keyword) => ({ patternId: p.id, keyword, norm: normalize(keyword) })),
  );
  candidates.sort((a, b) => b.norm.length - a.norm.length);
  const used: Span[] = [];
  const hits = new Map<string, string[]>();
  for (const c of candidates) {
    if (!c.norm) continue;
    const re = new RegExp(`(?<![a-z0-9])${escapeRegExp(c.norm)}s?(?![a-z0-9])`, 'g');
    for (const m of text.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (overlaps(span, used)) continue;
      used.push(span);
      const list = hits.get(c.patternId) ?? [];
      if (!list.includes(c.keyword)) list.push(c.keyword);
      hits.set(c.patternId, list);
    }
  }
  return hits;
}

/** Patterns the goal calls for, in library order; when the goal names none, those the campaign's channels call for. */
export function matchPatterns(goal: string, channels: readonly string[], patterns: readonly TaskPattern[] = TASK_PATTERNS): PatternHit[] {
  const byWords = keywordHits(goal, patterns);
  const channelHits = (p: TaskPattern): string[] => channels.filter((c) => p.channels.some((pc) => normalize(pc) === normalize(c)));
  const fromGoal = patterns
    .filter((p) => byWords.has(p.id))
    .map((p) => ({ patternId: p.id, keywords: byWords.get(p.id) ?? [], channels: channelHits(p) }));
  if (fromGoal.length > 0) return fromGoal;
  return patterns.map((p) => ({ patternId: p.id, keywords: [], channels: channelHits(p) })).filter((h) => h.channels.length > 0);
}

const REASONS = {
  en: {
    keyword: (k: string): string => `matched '${k}'`,
    channel: (c: string): string => `campaign channel '${c}'`,
    generic: 'no channel or deliverable recognised: general steps',
  },
  fr: {
    keyword: (k: string): string => `« ${k} » trouvé dans l’objectif`,
    channel: (c: string): string => `canal de la campagne « ${c} »`,
    generic: 'aucun canal ni livrable reconnu : étapes générales',
  },
} as const;

const taskIdOf = (patternId: string, key: string): string => `${patternId}-${key}`;

/**
 * The deterministic engine: the library's tasks for every pattern the goal (or else the campaign) calls for,
 * with why each was proposed and its finish-to-start dependencies (across patterns only when both are proposed).
 */
export function suggestFromPatterns(input: PatternMatchInput): EngineOutput {
  const patterns = input.patterns ?? TASK_PATTERNS;
  const words = REASONS[input.reasonLanguage];
  const hits = matchPatterns(input.goal, input.channels, patterns);
  // Hits name patterns of `patterns` only; the first of a repeated id is the one matched.
  const byId = new Map<string, TaskPattern>();
  for (const p of patterns) if (!byId.has(p.id)) byId.set(p.id, p);
  const chosen =
    hits.length > 0
      ? hits.map((h) => ({ hit: h, pattern: mustGet(byId, h.patternId, 'pattern') }))
      : [{ hit: undefined, pattern: GENERIC_PATTERN }];

  const tasks: SuggestedTask[] = [];
  for (const { hit, pattern } of chosen) {
    const reasons = hit ? [...hit.keywords.map(words.keyword), ...hit.channels.map(words.channel)].slice(0, 5) : [words.generic];
    for (const task of pattern.tasks) {
      if (tasks.length >= MAX_BREAKDOWN_TASKS) break;
      tasks.push({
        taskId: taskIdOf(pattern.id, task.key),
        summary: task.summary[input.language],
        ownerRole: task.ownerRole,
        estimateBusinessDays: task.estimateBusinessDays,
        dependsOn: (task.after ?? []).map((a) =>
          a.includes('/') ? taskIdOf(...(a.split('/') as [string, string])) : taskIdOf(pattern.id, a),
        ),
        reasons,
      });
    }
  }
  // Dependencies on tasks that are not proposed (another pattern, or cut by the cap) are dropped.
  const ids = new Set(tasks.map((t) => t.taskId));
  return EngineOutput.parse({ tasks: tasks.map((t) => ({ ...t, dependsOn: t.dependsOn.filter((d) => ids.has(d)) })) });
}

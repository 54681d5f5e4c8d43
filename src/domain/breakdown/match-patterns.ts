import type { Language } from '../model';
import { normalize } from '../brief/text';
import { channelName } from '../../wording/catalog/channels';
import { reasonsEn, reasonsFr } from '../../wording/catalog/breakdown';
import { EngineOutput, MAX_BREAKDOWN_TASKS, type SuggestedTask } from './schema';
import { GENERIC_PATTERN, TASK_PATTERNS, type TaskPattern } from './patterns';
import { foldGoal, phrasePattern, typedWords } from './goal-words';
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
  /** The goal's words that call for the pattern, as the user typed them (accents and case kept), once each. */
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
 * Which patterns the goal's words call for, with those words as typed. The longest phrase is matched first and uses
 * up its words, so "réseaux sociaux payants" is paid social and not also organic "réseaux sociaux"; at equal length
 * the library's order decides. Accents, case and a plural `s`/`x` do not matter.
 */
export function keywordHits(goal: string, patterns: readonly Pick<TaskPattern, 'id' | 'keywords'>[]): Map<string, string[]> {
  const folded = foldGoal(goal);
  const candidates = patterns
    .flatMap((p, order) => [...p.keywords.en, ...p.keywords.fr].map((keyword) => ({ patternId: p.id, order, norm: normalize(keyword) })))
    .filter((c) => c.norm);
  candidates.sort((a, b) => b.norm.length - a.norm.length || a.order - b.order);
  const used: (Span & { patternId: string })[] = [];
  for (const c of candidates) {
    const re = phrasePattern(c.norm);
    if (!re) continue;
    for (const m of folded.text.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length, patternId: c.patternId };
      if (!overlaps(span, used)) used.push(span);
    }
  }
  // Each pattern's words in the goal's order, each said once.
  const hits = new Map<string, string[]>();
  for (const span of used.sort((a, b) => a.start - b.start)) {
    const words = typedWords(goal, folded, span.start, span.end);
    const list = hits.get(span.patternId) ?? [];
    if (!list.some((w) => normalize(w) === normalize(words))) list.push(words);
    hits.set(span.patternId, list);
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

/**
 * Why a pattern is proposed, in the reader's language, each thing said once: the goal's own words when it names the
 * pattern, else the campaign channels that call for it, by their names (never a slug).
 */
export function reasonsOf(hit: PatternHit, lang: Language): string[] {
  const words = lang === 'fr' ? reasonsFr : reasonsEn;
  if (hit.keywords.length > 0) return hit.keywords.slice(0, 5).map(words.keyword);
  const names: string[] = [];
  for (const c of hit.channels) {
    const name = channelName(lang, c);
    if (!names.some((n) => normalize(n) === normalize(name))) names.push(name);
  }
  return names.slice(0, 5).map(words.channel);
}

const taskIdOf = (patternId: string, key: string): string => `${patternId}-${key}`;

/**
 * The deterministic engine: the library's tasks for every pattern the goal (or else the campaign) calls for,
 * with why each was proposed and its finish-to-start dependencies (across patterns only when both are proposed).
 */
export function suggestFromPatterns(input: PatternMatchInput): EngineOutput {
  const patterns = input.patterns ?? TASK_PATTERNS;
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
    const reasons = hit ? reasonsOf(hit, input.reasonLanguage) : [(input.reasonLanguage === 'fr' ? reasonsFr : reasonsEn).generic];
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

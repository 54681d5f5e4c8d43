export { SuggestedTask, EngineOutput, BreakdownTask, MAX_BREAKDOWN_TASKS } from './schema';
export { TASK_PATTERNS, GENERIC_PATTERN, type TaskPattern, type PatternTask } from './patterns';
export { suggestFromPatterns, matchPatterns, keywordHits, reasonsOf, type PatternHit, type PatternMatchInput } from './match-patterns';
export { scheduleBreakdown, type ScheduledBreakdown, type ScheduleBreakdownInput } from './schedule-breakdown';
export { goalTextOf, MAX_GOAL_CHARS } from './goal-text';
export { breakdownTarget, campaignMilestones, type BreakdownTarget } from './target';
export { addRowsPlan, mergeAddedRows, validateBreakdownTasks, breakdownRowId, type AddRowsPlan } from './add-rows-plan';
export { aiMessages, parseAiAnswer, type AiPromptInput, type ChatMessage } from './ai-engine';
export { rescheduleBreakdown, type RescheduleInput } from './reschedule';

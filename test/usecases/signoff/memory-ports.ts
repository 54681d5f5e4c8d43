import { DomainError } from '../../../src/domain/errors';
import type { CampaignRecord, SignOffEntry, SignOffMirror } from '../../../src/domain/model';
import type { ProjectGrants } from '../../../src/domain/policy';
import type { DecisionCommentInput, ReminderCommentInput, SignOffIssue, WorkflowTarget } from '../../../src/domain/signoff';
import type { CommentOutcome } from '../../../src/usecases/ports/signoff-comments';
import type { PendingComment } from '../../../src/usecases/ports/signoff-record';
import type { SignOffPorts } from '../../../src/usecases/signoff/signoff-ports';
import { KEYS, PEOPLE, record as campaignRecord } from '../../domain/metrics/fixtures';

export const PM = 'acc-camille';

/** A gated issue of the fixture campaign (`plan()` of the metrics fixtures) as Jira would answer it. */
export function gatedIssue(key: string, overrides: Partial<SignOffIssue> = {}): SignOffIssue {
  const rowId = Object.entries(KEYS).find(([, k]) => k === key)?.[0] ?? 'epic';
  const kind = rowId === 'epic' ? 'epic' : rowId === 'creative' || rowId === 'launch' ? 'milestone' : 'task';
  return {
    id: `1${key.split('-')[1]}`,
    key,
    summary: `Summary of ${key}`,
    description: null,
    attachments: [],
    assigneeAccountId: null,
    reporterAccountId: null,
    status: 'In Review',
    epicKey: KEYS.epic,
    row: {
      requestId: 'req-1',
      rowId,
      kind,
      ...(kind === 'task' ? { milestoneRowId: rowId === 'design' || rowId === 'copy' ? 'creative' : 'launch' } : {}),
    },
    ...overrides,
  };
}

export interface MemoryWorld {
  ports: SignOffPorts;
  entries: SignOffEntry[];
  pending: Map<string, PendingComment>;
  posted: { issueKey: string; as: 'user' | 'app'; comment?: DecisionCommentInput; reminder?: ReminderCommentInput }[];
  mirrors: Map<string, SignOffMirror | 'invalid'>;
  mirrorWrites: string[];
  transitions: { issueKey: string; target: WorkflowTarget }[];
  claims: Set<string>;
  /** What the next comment posts answer (default: posted). */
  commentAnswer: () => CommentOutcome;
}

/** In-memory sign-off ports: one campaign, what the user can see, their grants; everything they write is kept. */
export function memoryWorld(
  options: { now?: string; visible?: string[]; issues?: SignOffIssue[]; grants?: Partial<ProjectGrants>; records?: CampaignRecord[] } = {},
): MemoryWorld {
  const records = options.records ?? [campaignRecord()];
  const issues = new Map((options.issues ?? Object.values(KEYS).map((k) => gatedIssue(k))).map((i) => [i.key, i]));
  const visible = new Set(options.visible ?? [...issues.keys()]);
  const now = new Date(options.now ?? '2026-11-18T10:00:00.000Z');
  let serial = 0;
  const world: MemoryWorld = {
    entries: [],
    pending: new Map(),
    posted: [],
    mirrors: new Map(),
    mirrorWrites: [],
    transitions: [],
    claims: new Set(),
    commentAnswer: () => ({ posted: true, commentId: `c${world.posted.length}` }),
    ports: {
      issues: {
        async read(key) {
          const issue = issues.get(key);
          if (!issue || !visible.has(key)) throw new DomainError('NOT_FOUND', `${key}: not found`);
          return issue;
        },
      },
      records: { get: async (epicKey) => records.find((r) => r.epicKey === epicKey) },
      campaigns: { list: async () => records },
      signOffRecord: {
        entries: async (epicKey) => world.entries.filter((e) => e.epicKey === epicKey),
        append: async (entry) => void world.entries.push(entry),
        newEntryId: (at) => `${at.toISOString()}-${String(++serial).padStart(10, '0')}`,
        markCommentPending: async (p) => void world.pending.set(p.entryId, p),
        clearCommentPending: async (id) => void world.pending.delete(id),
        pendingComments: async (epicKey) => [...world.pending.values()].filter((p) => epicKey === undefined || p.epicKey === epicKey),
      },
      reminderClaims: {
        sent: async (e, g, d) => world.claims.has(`${e}:${g}:${d}`),
        claim: async (e, g, d) => (world.claims.has(`${e}:${g}:${d}`) ? false : (world.claims.add(`${e}:${g}:${d}`), true)),
        release: async (e, g, d) => void world.claims.delete(`${e}:${g}:${d}`),
      },
      mirror: {
        read: async (key) => world.mirrors.get(key) ?? null,
        write: async (key, mirror) => {
          world.mirrors.set(key, mirror);
          world.mirrorWrites.push(key);
        },
      },
      workflow: {
        async transition(issueKey, target) {
          world.transitions.push({ issueKey, target });
          return 'nameOrStatus' in target ? target.nameOrStatus : 'In Progress';
        },
      },
      comments: {
        async postDecision(issueKey, comment, { as }) {
          const answer = world.commentAnswer();
          if (answer.posted) world.posted.push({ issueKey, as, comment });
          return answer;
        },
        async postReminder(issueKey, reminder) {
          const answer = world.commentAnswer();
          if (answer.posted) world.posted.push({ issueKey, as: 'app', reminder });
          return answer;
        },
      },
      people: {
        names: async (ids) => {
          const all: Record<string, string> = { ...PEOPLE, [PM]: 'Camille Durand' };
          return Object.fromEntries(ids.flatMap((id) => (all[id] ? [[id, all[id]] as const] : [])));
        },
      },
      grants: { grantsIn: async () => ({ browse: true, createIssues: true, editIssues: false, administer: false, ...options.grants }) },
      clock: { now: () => now },
      deadline: { remainingMs: () => 20_000 },
    },
  };
  return world;
}

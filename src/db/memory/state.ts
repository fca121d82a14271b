// The in-memory database: one Map per table, rows never mutated in place (an update replaces the row), so a
// transaction's snapshot is a shallow copy of each Map and commits by taking the copies' place.
import type { MockStage } from "../../core/mock/ports.js";
import type { FollowUp, JudgeKind, Verdict } from "../../core/mock/verdict.js";
import type { OneOffKind, SendKind, Slot } from "../../core/nudges/kinds.js";
import type { SendState } from "../../core/nudges/ports.js";
import type { WallTime } from "../../core/nudges/wallClock.js";
import type { StudyPlan } from "../../core/plans/plan.js";
import type { Platform } from "../../core/ports.js";
import type { Locale } from "../../core/roadmap/types.js";
import type { LocalDate } from "../../core/time/dates.js";

// Rows carry the SQL tables' columns (camel-cased, as drizzle reads them), so /export has the same shape.

export interface MemberRow {
  id: number;
  displayName: string;
  timezone: string;
  locale: Locale | null;
  seenLocale: Locale | null;
  roadmapStart: LocalDate | null;
  remindTime: WallTime | null;
  eveningTime: WallTime | null;
  dayStart: WallTime | null;
  dailyWhenDone: boolean;
  quietStart: WallTime | null;
  quietEnd: WallTime | null;
  pausedUntil: LocalDate | null;
  leaderboardOptOut: boolean;
  nudgesOff: boolean;
  roadmapKey: string | null;
  weeklyGoalMinutes: number | null;
  restDays: LocalDate[];
  pausedDays: LocalDate[];
  plan: StudyPlan;
  nextMorningAt: Date | null;
  nextEveningAt: Date | null;
  nextRecapAt: Date | null;
  nextPlanAt: Date | null;
  createdAt: Date;
}

export interface IdentityRow {
  platform: Platform;
  platformUserId: string;
  memberId: number;
  unreachableSince: Date | null;
  dmReachedAt: Date | null;
  username: string | null;
}

export interface GroupRow {
  id: number;
  platform: Platform;
  chatId: string;
  title: string;
  timezone: string;
  summaryChannelId: string | null;
  summaryThreadId: string | null;
  summaryWeekday: number;
  summaryTime: WallTime;
  locale: Locale | null;
  publicCheckins: boolean;
  roadmapKey: string | null;
  nextSummaryAt: Date | null;
  createdAt: Date;
}

export interface GroupMemberRow {
  groupId: number;
  memberId: number;
  joinedAt: Date;
  displayName: string | null;
  offBoard: boolean;
}

export interface CheckinRow {
  id: number;
  memberId: number;
  minutes: number;
  localDate: LocalDate;
  note: string | null;
  recordedAt: Date;
  platform: Platform;
  eventId: string;
}

export interface ProcessedEventRow {
  platform: Platform;
  eventId: string;
  memberId: number | null;
  replyText: string;
  replyAudience: "group" | null;
  processedAt: Date;
}

export interface SendRow {
  key: string;
  kind: SendKind;
  slot: Slot;
  subjectId: number;
  dueAt: Date;
  state: SendState;
  leaseUntil: Date | null;
  claimedBy: string | null;
  attempts: number;
  detail: string | null;
  updatedAt: Date;
}

export interface OneOffRow {
  id: number;
  key: string;
  kind: OneOffKind;
  memberId: number;
  groupId: number;
  fromMemberId: number | null;
  detail: string;
  dueAt: Date | null;
  createdAt: Date;
}

export interface MilestoneRoleRow {
  groupId: number;
  milestone: string;
  roleId: string;
}

export interface MockSessionRow {
  id: number;
  memberId: number;
  platform: Platform;
  chatId: string;
  topicId: string;
  questionId: string;
  stage: MockStage;
  followUp: FollowUp | null;
  startedAt: Date;
  askedAt: Date;
  endedAt: Date | null;
  endReason: string | null;
  judgingSince: Date | null;
}

export interface MockAnswerRow {
  id: number;
  sessionId: number;
  memberId: number;
  stage: MockStage;
  topicId: string;
  questionId: string;
  answer: string;
  judge: JudgeKind;
  model: string | null;
  overall: number | null;
  verdict: Verdict;
  failure: string | null;
  promptTokens: number | null;
  completionTokens: number | null;
  answeredAt: Date;
  localDate: LocalDate;
  platform: Platform;
  eventId: string;
}

export interface MockAttemptRow {
  id: number;
  memberId: number;
  attemptedAt: Date;
}

export interface TaskTickRow {
  memberId: number;
  roadmapId: string;
  taskId: string;
  evidence: string | null;
  tickedAt: Date;
  verified: boolean | null;
  checkedAt: Date | null;
}

export interface LlmCallRow {
  id: number;
  calledAt: Date;
}

export interface GroupRoadmapRow {
  key: string;
  groupId: number;
  definition: unknown;
  importedAt: Date;
}

export interface SquadRow {
  id: number;
  groupId: number;
  name: string;
  createdAt: Date;
}

export interface SquadMemberRow {
  squadId: number;
  groupId: number;
  memberId: number;
  joinedAt: Date;
}

export interface LinkCodeRow {
  code: string;
  memberId: number;
  platform: Platform;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface Tables {
  members: Map<number, MemberRow>;
  /** Keyed by identityKey(platform, platformUserId): the primary key, one member per account. */
  identities: Map<string, IdentityRow>;
  groups: Map<number, GroupRow>;
  /** Keyed by `${groupId}:${memberId}`. */
  groupMembers: Map<string, GroupMemberRow>;
  checkins: Map<number, CheckinRow>;
  /** Keyed by identityKey(platform, eventId). */
  processedEvents: Map<string, ProcessedEventRow>;
  sends: Map<string, SendRow>;
  oneOffSends: Map<number, OneOffRow>;
  /** Keyed by `${groupId}:${milestone}`. */
  milestoneRoles: Map<string, MilestoneRoleRow>;
  mockSessions: Map<number, MockSessionRow>;
  mockAnswers: Map<number, MockAnswerRow>;
  mockAttempts: Map<number, MockAttemptRow>;
  llmCalls: Map<number, LlmCallRow>;
  /** Keyed by member, roadmap and task. */
  taskTicks: Map<string, TaskTickRow>;
  groupRoadmaps: Map<string, GroupRoadmapRow>;
  squads: Map<number, SquadRow>;
  /** Keyed by `${groupId}:${memberId}`: one squad per member and group. */
  squadMembers: Map<string, SquadMemberRow>;
  linkCodes: Map<string, LinkCodeRow>;
}

export type SerialTable =
  | "members"
  | "groups"
  | "checkins"
  | "oneOffSends"
  | "mockSessions"
  | "mockAnswers"
  | "mockAttempts"
  | "llmCalls"
  | "squads";

/** What every operation reads and writes: the tables, the sequences, and the database's clock. */
export interface Db {
  t: Tables;
  /** Shared by every transaction and never rolled back, as Postgres sequences are. */
  nextId(table: SerialTable): number;
  /** The database's now(): leases and processed events count on it. */
  now(): Date;
}

export function emptyTables(): Tables {
  return {
    members: new Map(),
    identities: new Map(),
    groups: new Map(),
    groupMembers: new Map(),
    checkins: new Map(),
    processedEvents: new Map(),
    sends: new Map(),
    oneOffSends: new Map(),
    milestoneRoles: new Map(),
    mockSessions: new Map(),
    mockAnswers: new Map(),
    mockAttempts: new Map(),
    llmCalls: new Map(),
    taskTicks: new Map(),
    groupRoadmaps: new Map(),
    squads: new Map(),
    squadMembers: new Map(),
    linkCodes: new Map(),
  };
}

/** A transaction's private copy: rows are shared, so only the Maps are copied. */
function snapshot(t: Tables): Tables {
  return {
    members: new Map(t.members),
    identities: new Map(t.identities),
    groups: new Map(t.groups),
    groupMembers: new Map(t.groupMembers),
    checkins: new Map(t.checkins),
    processedEvents: new Map(t.processedEvents),
    sends: new Map(t.sends),
    oneOffSends: new Map(t.oneOffSends),
    milestoneRoles: new Map(t.milestoneRoles),
    mockSessions: new Map(t.mockSessions),
    mockAnswers: new Map(t.mockAnswers),
    mockAttempts: new Map(t.mockAttempts),
    llmCalls: new Map(t.llmCalls),
    taskTicks: new Map(t.taskTicks),
    groupRoadmaps: new Map(t.groupRoadmaps),
    squads: new Map(t.squads),
    squadMembers: new Map(t.squadMembers),
    linkCodes: new Map(t.linkCodes),
  };
}

export const identityKey = (platform: Platform, id: string): string => `${platform}\u0000${id}`;

/**
 * Where operations run: on the committed tables, or inside a transaction. Operations are synchronous, so
 * each is atomic; only a transaction spans awaits, and while one is open every other operation waits.
 */
export interface Scope {
  run<R>(op: (db: Db) => R): Promise<R>;
  /** Runs `work` on a copy of the tables, kept only if it resolves. */
  transaction<R>(work: (tx: Scope) => Promise<R>): Promise<R>;
}

interface Shared {
  nextId: Db["nextId"];
  now: Db["now"];
}

class TransactionScope implements Scope {
  closed = false;
  constructor(
    public tables: Tables,
    private readonly shared: Shared,
  ) {}

  async run<R>(op: (db: Db) => R): Promise<R> {
    if (this.closed) throw new Error("the transaction has already ended");
    return op({ t: this.tables, ...this.shared });
  }

  /** A savepoint: the nested work's writes join this transaction's only if it resolves. */
  async transaction<R>(work: (tx: Scope) => Promise<R>): Promise<R> {
    if (this.closed) throw new Error("the transaction has already ended");
    const inner = new TransactionScope(snapshot(this.tables), this.shared);
    try {
      const result = await work(inner);
      this.tables = inner.tables;
      return result;
    } finally {
      inner.closed = true;
    }
  }
}

/**
 * The committed tables. Transactions take turns (serializable, as if each locked everything it read), and
 * operations outside a transaction wait for the open one: work inside must use the stores it was given.
 */
export function committedScope(now: () => Date): Scope {
  let tables = emptyTables();
  let open: Promise<void> | null = null;
  const sequences = new Map<SerialTable, number>();
  const shared: Shared = {
    nextId(table) {
      const id = (sequences.get(table) ?? 0) + 1;
      sequences.set(table, id);
      return id;
    },
    now,
  };

  return {
    async run(op) {
      // Inline, not in a helper: awaiting a helper yields even when nothing is open, and two callers could
      // then both find no transaction open. Every waiter wakes when one ends; the first takes the next turn.
      while (open !== null) await open;
      return op({ t: tables, ...shared });
    },
    async transaction(work) {
      while (open !== null) await open;
      let release = () => {};
      open = new Promise((resolve) => {
        release = resolve;
      });
      const tx = new TransactionScope(snapshot(tables), shared);
      try {
        const result = await work(tx);
        tables = tx.tables;
        return result;
      } finally {
        tx.closed = true;
        open = null;
        release();
      }
    },
  };
}

// What the scheduler needs from persistence: due pointers and the send log, recipients, group settings,
// and the figures sends report, each its own port; ScheduleStore is all four.
import type { Member, Platform } from "../ports.js";
import type { InterviewTopic, Locale } from "../roadmap/types.js";
import type { LocalDate } from "../time/dates.js";
import type { MemberSlot, SendKind, Slot } from "./kinds.js";
import type { OneOffs } from "./oneOffPorts.js";
import type { WallTime } from "./wallClock.js";

export interface DueSlot {
  slot: Slot;
  subjectId: number;
  dueAt: Date;
}

export type SendState = "claimed" | "sent" | "failed" | "skipped";

export interface Claim {
  subjectId: number;
  dueAt: Date;
  key: string;
  kind: SendKind;
  /** The pointer's next value once this send is taken; null stops the series. */
  next: Date | null;
  state: "claimed" | "skipped";
  detail: string | null;
}

export interface ClaimedSend extends DueSlot {
  key: string;
  kind: SendKind;
  attempts: number;
}

export interface MemberRecipient extends Member {
  /** Where DMs go: the member's platform account; null if the member has none. */
  dm: { platform: Platform; platformUserId: string; unreachable: boolean } | null;
}

export interface Group {
  id: number;
  platform: Platform;
  chatId: string;
  title: string;
  timezone: string;
  summaryChannelId: string | null;
  /** The topic of a forum group where /setup ran (Telegram's message_thread_id); absent or null: none. */
  summaryThreadId?: string | null;
  summaryWeekday: number;
  summaryTime: WallTime;
  locale: Locale | null;
  /** See GroupSettings.publicCheckins. */
  publicCheckins: boolean;
  /** See GroupSettings.roadmapKey. */
  roadmapKey: string | null;
}

export interface GroupMemberWeek {
  memberId: number;
  displayName: string;
  optedOut: boolean;
  minutes: number;
  unreachable: boolean;
  /** What the member's own target and streak rest on. */
  goal: Pick<Member, "weeklyGoalMinutes" | "roadmapStart" | "restDays" | "pausedDays">;
}

export interface DueMember {
  member: MemberRecipient;
  dueAt: Date;
}

export interface DueGroup {
  group: Group;
  dueAt: Date;
}

/** Due pointers and the send log: what is due, who is sending it, and how each send ended. */
export interface SendLog {
  /** The slots with anything due at `now`: one statement of index probes, so an idle tick is one read. */
  dueSlots(now: Date): Promise<Set<Slot>>;
  /** Members whose pointer for `slot` is at or before `now`, oldest first: one index-backed query. */
  dueMembers(slot: MemberSlot, now: Date, limit: number): Promise<DueMember[]>;
  dueGroups(now: Date, limit: number): Promise<DueGroup[]>;
  /**
   * For each claim, advances the slot's pointer from `dueAt` to `next` and records the send under its key,
   * all in one statement per table. Returns the keys this call recorded: not those another process
   * advanced first, nor keys already recorded (sent before). A claimed send's lease runs `leaseMs` from the
   * database's clock, the one every instance shares.
   */
  claimMany(
    slot: Slot,
    claims: Claim[],
    meta: { leaseMs: number; instance: string; now: Date },
  ): Promise<Set<string>>;
  /**
   * Takes over claims whose lease ran out by the database's clock (their claimer died, or asked for a retry
   * then), atomically, leasing them to `instance` for `leaseMs`.
   */
  retakeExpired(instance: string, leaseMs: number, now: Date, limit: number): Promise<ClaimedSend[]>;
  /**
   * Extends this instance's claim to `leaseMs` from the database's clock, before and while it delivers;
   * false when the claim is no longer its own (another instance took the send over), so it must not send.
   */
  holdClaim(key: string, instance: string, leaseMs: number): Promise<boolean>;
  /** Records how the send ended, if it is still this instance's claim; false when it is not (nothing written). */
  finish(
    key: string,
    instance: string,
    state: Exclude<SendState, "claimed">,
    detail: string | null,
    now: Date,
  ): Promise<boolean>;
  /** Lets the send be retaken `delayMs` from now by the database's clock, if it is still this instance's. */
  retryAfter(key: string, instance: string, delayMs: number, detail: string, now: Date): Promise<boolean>;
  /** Hands this instance's unstarted claims back at once (it is stopping): the next tick anywhere retakes them. */
  releaseClaims(keys: string[], instance: string): Promise<void>;
  /** Keys of sends already recorded, of the given ones. */
  recordedKeys(keys: string[]): Promise<Set<string>>;
}

/** Who sends go to: members with the account their DMs use, and groups. */
export interface Recipients {
  member(memberId: number): Promise<MemberRecipient | null>;
  group(groupId: number): Promise<Group | null>;
  /** Members who have started, for the dry run. */
  startedMembers(): Promise<MemberRecipient[]>;
  groupsWithSummary(): Promise<Group[]>;
  markUnreachable(platform: Platform, platformUserId: string, now: Date): Promise<void>;
  /** A DM was delivered to the account: it is reachable, and proven so (see DmState). */
  markReached(platform: Platform, platformUserId: string, now: Date): Promise<void>;
}

/** A group's summary settings (/setup) and its summary pointer. */
export interface GroupSettingsStore {
  setGroupPointer(groupId: number, next: Date | null): Promise<void>;
  /** Creates the group if needed and applies /setup's choices. */
  setupGroup(
    ref: { platform: Platform; chatId: string; title: string },
    settings: Omit<Group, "id" | "platform" | "chatId" | "title" | "roadmapKey">,
  ): Promise<Group>;
  groupByChat(platform: Platform, chatId: string): Promise<Group | null>;
}

/** The figures sends report: minutes per day, member and week, and the days with a check-in. */
export interface Figures {
  /** Local days with a check-in on or after `from`, per member: what the evening saver decides on. */
  recentActiveDays(memberIds: number[], from: LocalDate): Promise<Map<number, Set<LocalDate>>>;
  /** Each member's last local day with a check-in or a mock-interview answer; members with neither are absent. */
  lastActiveDays(memberIds: number[]): Promise<Map<number, LocalDate>>;
  /** Minutes per local day between two dates (inclusive), only days with minutes. */
  dailyMinutes(memberId: number, from: LocalDate, to: LocalDate): Promise<Map<LocalDate, number>>;
  /** Every member of the group with their minutes between two dates (0 when none); `from` null: all time. */
  groupMinutes(groupId: number, from: LocalDate | null, to: LocalDate): Promise<GroupMemberWeek[]>;
  /** The group's total minutes per Monday-based week, for the weeks starting on the given Mondays. */
  groupWeeklyTotals(groupId: number, mondays: LocalDate[]): Promise<number[]>;
  /** Each member's minutes per Monday-based week, in the order of `mondays`; members without any are absent. */
  groupMemberWeeklyMinutes(groupId: number, mondays: LocalDate[]): Promise<Map<number, number[]>>;
}

/** Everything the scheduler reads and writes. */
export interface ScheduleStore extends SendLog, Recipients, GroupSettingsStore, Figures, OneOffs {}

/** A question to drill again: the member scored `score` on it on `on`. */
export interface RedrillHint {
  topic: InterviewTopic;
  questionId: string;
  score: number;
  on: LocalDate;
  dueOn: LocalDate;
}

/** What mock interviews tell the scheduler; absent until interviews are available. */
export interface MockHints {
  /** The topic to suggest drilling this week, among those the member's roadmap `week` has reached. */
  weakestTopic(memberId: number, week: number | null): Promise<InterviewTopic | null>;
  /** The first question due for a re-drill by `by`, with its last score. */
  redrill(memberId: number, by: LocalDate): Promise<RedrillHint | null>;
  scoresBetween(
    memberId: number,
    from: LocalDate,
    to: LocalDate,
  ): Promise<Array<{ topic: InterviewTopic; score: number }>>;
}

// What the core needs from the outside world: persistence, described by the core, implemented in src/db.

import type { MemberSlot } from "./nudges/kinds.js";
import type { ScheduleStore } from "./nudges/ports.js";
import type { WallTime } from "./nudges/wallClock.js";
import type { StudyPlan } from "./plans/plan.js";
import type { Locale, Roadmap } from "./roadmap/types.js";
import type { SquadStore } from "./squads/ports.js";
import type { LocalDate } from "./time/dates.js";

export type Platform = "console" | "telegram" | "discord";

export interface Identity {
  platform: Platform;
  platformUserId: string;
  displayName: string;
  /** The language the platform reports for the account, if any. */
  locale?: Locale | null;
  /** The account's @username where the platform has them (Telegram); null: none; absent: not told. */
  username?: string | null;
}

export interface Member {
  id: number;
  displayName: string;
  timezone: string;
  /** Chosen with /language; null follows the platform's locale. */
  locale: Locale | null;
  /** The platform's locale as last seen, for messages the member did not ask for (nudges). */
  seenLocale: Locale | null;
  /** Day 1 of the member's roadmap; null until /start. */
  roadmapStart: LocalDate | null;
  /** The time of the daily nudge; null: turned off (/remind off). */
  remindTime: WallTime | null;
  /** The evening streak saver's time; null when the member turned it off. */
  eveningTime: WallTime | null;
  /** The wall time the member's day begins (/daystart); null: midnight. */
  dayStart: WallTime | null;
  /** false: no daily nudge on a day that already has a check-in (/remind done off). */
  dailyWhenDone: boolean;
  /** Nothing is sent while the member's wall clock is inside this range. */
  quiet: { start: WallTime; end: WallTime } | null;
  /** Last local day of a pause; null when not paused. */
  pausedUntil: LocalDate | null;
  leaderboardOptOut: boolean;
  /** The roadmap the member follows (their group's, chosen or imported); null: the default one. */
  roadmapKey: string | null;
  /** The member's own weekly goal; null follows the roadmap's target. */
  weeklyGoalMinutes: number | null;
  /** Days declared with /rest, and every day of a pause (past ones too): they keep the streak. */
  restDays: LocalDate[];
  pausedDays: LocalDate[];
  plan: StudyPlan;
}

/** When each of a member's series is next due; null: not scheduled. */
export type MemberPointers = Record<MemberSlot, Date | null>;

export type MemberPatch = Partial<
  Pick<
    Member,
    | "displayName"
    | "timezone"
    | "locale"
    | "roadmapStart"
    | "remindTime"
    | "eveningTime"
    | "dayStart"
    | "dailyWhenDone"
    | "quiet"
    | "pausedUntil"
    | "leaderboardOptOut"
    | "weeklyGoalMinutes"
    | "restDays"
    | "pausedDays"
    | "plan"
  > & { pointers: MemberPointers }
>;

export interface GroupRef {
  platform: Platform;
  chatId: string;
  title: string;
  timezone: string;
}

/** What commands need to know about the group a message came from. */
export interface GroupSettings {
  id: number;
  /** Check-in confirmations are for everyone in the chat, where the platform could keep them private. */
  publicCheckins: boolean;
  /** The roadmap the group follows (/setup roadmap, /roadmap import); null: the default one. */
  roadmapKey: string | null;
  /** The member who wrote keeps their name off this group's board (their `all` flag aside). */
  offBoard: boolean;
}

/** Where a member's board choice applies: one group, or every group (and those they join later). */
export type BoardScope = { groupId: number } | "all";

export interface Checkin {
  id: number;
  minutes: number;
  localDate: LocalDate;
  note: string | null;
  recordedAt: Date;
}

export interface NewCheckin {
  memberId: number;
  minutes: number;
  localDate: LocalDate;
  note: string | null;
  recordedAt: Date;
  platform: Platform;
  /** The platform event that caused it: the same event delivered twice is counted once. */
  eventId: string;
}

/** What a check-in's confirmation shows, read by the same call that records it. */
export interface ProgressWindow {
  /** The week whose minutes are summed. */
  weekFrom: LocalDate;
  weekTo: LocalDate;
  /** The days with a check-in, newest first, on or before this day and at most this many. */
  activeUntil: LocalDate;
  activeLimit: number;
}

export interface ProgressAfter {
  weekMinutes: number;
  activeDates: LocalDate[];
}

export type RecordOutcome =
  | { kind: "recorded"; checkin: Checkin; progress: ProgressAfter }
  | { kind: "duplicate"; checkin: Checkin }
  /** The same minutes on the same day, recorded after `repeatAfter`: nothing new is written. */
  | { kind: "repeat"; checkin: Checkin }
  | { kind: "dayFull"; dayMinutes: number };

/** One platform event (a Telegram update, a Discord interaction): a redelivery carries the same one. */
export interface PlatformEvent {
  platform: Platform;
  eventId: string;
}

/** What is kept of a reply, to give it again to a redelivered event. */
export interface RememberedReply {
  text: string;
  audience?: "group";
}

/** The stores, bound to one transaction: what a command does through them is kept all or not at all. */
export interface Transaction {
  store: Store;
  schedule: ScheduleStore;
}

/** What is known of whether DMs reach a member's account. */
export interface DmState {
  /** The platform refused a DM to this account, and they have not written in private since. */
  dmRefused: boolean;
  /** No DM has reached this account yet and they never wrote in private: whether DMs arrive is unknown. */
  dmUnproven: boolean;
}

export interface Store extends SquadStore {
  /**
   * Runs `work` once per platform event, in one transaction with a record of the event and its reply: a
   * redelivered event gets that reply back and nothing runs again (one delivered twice at once waits for
   * the first). If `work` throws, nothing it did is kept, the record included. The record goes with the
   * member on /forget, and after PROCESSED_EVENT_DAYS in any case.
   */
  onceForEvent<R extends RememberedReply>(
    event: PlatformEvent,
    work: (tx: Transaction) => Promise<{ reply: R; memberId: number }>,
  ): Promise<R | RememberedReply>;
  /**
   * Finds the member behind a platform identity, creating both on first contact. `privately`: the member
   * wrote in a private chat, so DMs reach them again (a command in a group says nothing about their DMs).
   */
  ensureMember(
    identity: Identity,
    defaults: { timezone: string; privately?: boolean },
  ): Promise<Member & DmState>;
  updateMember(memberId: number, patch: MemberPatch): Promise<Member>;
  /**
   * Creates the group and the membership if needed, in the statement that reads the group's settings.
   * `displayName`: the member's name as this group shows it (a server nickname), kept for its board.
   */
  ensureGroupMember(memberId: number, group: GroupRef, displayName?: string): Promise<GroupSettings>;
  /** Shows or hides the member's name on the boards of `scope`; their hours count either way. */
  setOnBoard(memberId: number, scope: BoardScope, shown: boolean): Promise<void>;
  /**
   * Records atomically unless the local day would exceed `maxDayMinutes` or the event was seen; once
   * recorded, returns the progress in `window` as well (one round trip on the hot path).
   */
  recordCheckin(
    checkin: NewCheckin,
    maxDayMinutes: number,
    window: ProgressWindow,
    /** A check-in of the same minutes and day recorded after this makes it a repeat; null: no such check. */
    repeatAfter?: Date | null,
  ): Promise<RecordOutcome>;
  /** The member's most recent check-in recorded after `after`, left in place. */
  latestCheckin(memberId: number, after: Date): Promise<Checkin | null>;
  /**
   * Removes the member's most recent check-in recorded after `after` — only if it is still `expectedId`,
   * when given — and returns it.
   */
  removeLatestCheckin(memberId: number, after: Date, expectedId?: number): Promise<Checkin | null>;
  minutesBetween(memberId: number, from: LocalDate, to: LocalDate): Promise<number>;
  totalMinutes(memberId: number): Promise<number>;
  /** Everything stored about the member, as plain data for /export. */
  exportMember(memberId: number): Promise<Record<string, unknown>>;
  /** Deletes the member and every row about them. */
  forgetMember(memberId: number): Promise<void>;
  /** Distinct local days with a check-in, newest first, on or before `until`. */
  activeDates(memberId: number, until: LocalDate, limit: number): Promise<LocalDate[]>;
  /** The tasks and deliverables the member ticked in a roadmap, by id. */
  taskTicks(memberId: number, roadmapId: string): Promise<Map<string, TaskTick>>;
  /** The ids several members ticked in a roadmap, in one read (a group's summary); absent: none ticked. */
  tickedTaskIds(memberIds: readonly number[], roadmapId: string): Promise<Map<number, Set<string>>>;
  /**
   * Ticks a task (again: the new evidence replaces the old one, when given, and so does its check: none
   * given leaves a new link unchecked).
   */
  tickTask(
    memberId: number,
    roadmapId: string,
    taskId: string,
    evidence: string | null,
    at: Date,
    check?: TickCheck | null,
  ): Promise<void>;
  /** Unticks a task; false when it was not ticked. */
  untickTask(memberId: number, roadmapId: string, taskId: string): Promise<boolean>;
  /**
   * The group follows this roadmap from now on, and so does every member of it (a member who joins later
   * too); null: the default. Returns how many members follow it.
   */
  chooseGroupRoadmap(groupId: number, key: string | null): Promise<number>;
  /** Keeps a roadmap an admin uploaded for the group (replacing one of the same key); ticks stay with the key. */
  saveGroupRoadmap(groupId: number, key: string, definition: Roadmap, at: Date): Promise<void>;
  /** The roadmap the member behind an account follows, read without creating anyone; null: the default. */
  roadmapKeyOf(identity: Pick<Identity, "platform" | "platformUserId">): Promise<string | null>;
  /** An uploaded roadmap as it was kept, not yet validated again; null when there is none (a group forgotten). */
  groupRoadmap(key: string): Promise<unknown>;
  /**
   * A new one-time code for the member to link an account of another platform (/link), valid until
   * `expiresAt`; any earlier code of theirs stops working.
   */
  issueLinkCode(memberId: number, platform: Platform, expiresAt: Date): Promise<string>;
  /**
   * Merges the member behind `identity` with the one who was given `code`, in one transaction: every row
   * of both is the older member's from then on (see src/db/linkAccounts.ts for what happens to each table).
   */
  redeemLinkCode(identity: AccountRef, code: string, now: Date): Promise<LinkOutcome>;
  /**
   * The account becomes a member of its own from now on, with the member's settings and its platform's
   * group memberships; the history stays with the member it leaves.
   */
  unlinkAccount(identity: AccountRef): Promise<UnlinkOutcome>;
  /** The platforms the member has an account on, by name. */
  platformsOf(memberId: number): Promise<Platform[]>;
}

/** A platform account, as a member is found by it. */
export type AccountRef = Pick<Identity, "platform" | "platformUserId">;

export type LinkOutcome =
  /** `keptOwnSettings`: the account that sent the code was the older one, whose settings were kept. */
  | { kind: "linked"; member: Member; keptOwnSettings: boolean; platforms: Platform[] }
  | { kind: "alreadyLinked" }
  /** Never given, given to someone else and used, or past its time. */
  | { kind: "unknownCode" }
  /** Both accounts, or the member and the account, are on the same platform. */
  | { kind: "samePlatform"; platform: Platform };

export type UnlinkOutcome =
  /** `member`: the account's own member, new; `remaining`: the platforms the member it left still has. */
  | { kind: "unlinked"; member: Member; remaining: Platform[] }
  /** The account is its member's only one. */
  | { kind: "notLinked" };

export interface TaskTick {
  evidence: string | null;
  tickedAt: Date;
  /** Whether the evidence link showed what the deliverable asks for; null: not checked. */
  verified: boolean | null;
  checkedAt: Date | null;
}

/** The outcome of checking an evidence link, as a tick keeps it. */
export interface TickCheck {
  verified: boolean;
  at: Date;
}

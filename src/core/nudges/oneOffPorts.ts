// The one-off outbox's port: sends queued once under a key (a buddy's nudge, a milestone), found due by the
// tick like any slot's pointer; and what /nudge reads of the group to find whom to nudge.
import type { Platform } from "../ports.js";
import type { OneOffKind } from "./kinds.js";
import type { Group, MemberRecipient } from "./ports.js";

export interface NewOneOff {
  /** Unique: a second send under the same key is never queued. */
  key: string;
  kind: OneOffKind;
  /** The member it is about: the nudged one (who receives it), the one celebrated. */
  memberId: number;
  groupId: number;
  /** Who nudged; null for a milestone. */
  fromMemberId: number | null;
  /** The nudger's name as the group knows it, or the milestone's id (see milestones.ts). */
  detail: string;
  dueAt: Date;
  createdAt: Date;
}

export interface OneOffSend extends Omit<NewOneOff, "dueAt" | "createdAt"> {
  id: number;
}

/** A one-off with its recipients as the tick reads them: the member it is about, and its group. */
export interface OneOffWithRecipients {
  send: OneOffSend;
  member: MemberRecipient & { nudgesOff: boolean };
  /** The member's name as the group shows it (a server nickname). */
  memberName: string;
  /** The member keeps their name off this group's board (/leaderboard-optout said there). */
  offBoardHere: boolean;
  group: Group;
}

export interface DueOneOff extends OneOffWithRecipients {
  dueAt: Date;
}

/** A member of a group, as /nudge finds them. */
export interface Buddy {
  member: MemberRecipient & { nudgesOff: boolean };
  /** Their name in this group. */
  displayName: string;
}

/** Whom /nudge names: an account the platform pointed at (a mention, a reply), or a name typed. */
export type BuddyRef = { kind: "account"; platformUserId: string } | { kind: "name"; name: string };

export interface OneOffs {
  /** Queues the send; false when one under its key was queued before (nothing is written then). */
  queueOneOff(send: NewOneOff): Promise<boolean>;
  /** One-off sends due at or before `now`, oldest first: one index-backed query. */
  dueOneOffs(now: Date, limit: number): Promise<DueOneOff[]>;
  /** A one-off send by id, for a retaken claim; null once its member or group is gone. */
  oneOff(id: number): Promise<OneOffWithRecipients | null>;
  /**
   * Queues a milestone post in every group of the member that has a summary channel, but those whose
   * board the member left (or all of them, opted out everywhere); a group that had it already is left alone. Returns how many were queued.
   */
  queueMilestone(memberId: number, milestone: string, at: Date): Promise<number>;
  /** The group's members the reference names (several when a name is shared), the account's own first. */
  findBuddies(groupId: number, platform: Platform, ref: BuddyRef): Promise<Buddy[]>;
  setNudgesOff(memberId: number, off: boolean): Promise<void>;
  /** The roles the group gives with milestones (Discord), replacing those of the same milestones. */
  setMilestoneRoles(groupId: number, roles: ReadonlyMap<string, string>): Promise<void>;
  /** The role the group gives with this milestone; null: none. */
  milestoneRole(groupId: number, milestone: string): Promise<string | null>;
  /** Keeps the account's @username (lowercased) so members can name it; null: it has none now. */
  rememberUsername(platform: Platform, platformUserId: string, username: string | null): Promise<void>;
}

// What squads need from persistence: who is in which squad, and what their squad streak rests on.
import type { Member } from "../ports.js";
import type { LocalDate } from "../time/dates.js";

/** Members a squad holds at most; at least two make a squad worth its streak. */
export const SQUAD_MAX_MEMBERS = 5;
export const SQUAD_MIN_MEMBERS = 2;

/** A squad member as the streak and the replies need them: their day, what excuses it, their days. */
export interface SquadMember
  extends Pick<
    Member,
    "id" | "timezone" | "dayStart" | "restDays" | "pausedDays" | "weeklyGoalMinutes" | "roadmapStart"
  > {
  /** Their name in the squad's group (a server nickname), else their name anywhere. */
  displayName: string;
  /** Their local days with a check-in, newest first, on or before the day asked about. */
  activeDates: LocalDate[];
}

export interface Squad {
  id: number;
  groupId: number;
  name: string;
  /** In the order they joined. */
  members: SquadMember[];
}

export type CreateSquadOutcome =
  | { kind: "created"; squadId: number }
  | { kind: "nameTaken"; name: string }
  | { kind: "alreadyIn"; name: string };

export type JoinSquadOutcome =
  | { kind: "joined"; squadId: number; name: string }
  | { kind: "notFound" }
  | { kind: "full"; name: string }
  | { kind: "alreadyIn"; name: string };

export type LeaveSquadOutcome = { kind: "left"; name: string; dissolved: boolean } | { kind: "notIn" };

export interface SquadStore {
  /** A new squad of one, its creator; names are unique in the group whatever their case. */
  createSquad(groupId: number, memberId: number, name: string, at: Date): Promise<CreateSquadOutcome>;
  /** Joins the group's squad of that name (any case), while it has room; safe against joins at once. */
  joinSquad(groupId: number, memberId: number, name: string, at: Date): Promise<JoinSquadOutcome>;
  /** Leaves the member's squad in the group; the last one out takes the squad away. */
  leaveSquad(groupId: number, memberId: number): Promise<LeaveSquadOutcome>;
  /**
   * The member's squads (one per group; `groupId` narrows to one), each with every member's check-in days
   * on or before `until`, at most `limit` each: one query, however many members.
   */
  squadsOf(memberId: number, groupId: number | null, until: LocalDate, limit: number): Promise<Squad[]>;
  /** The group's squads and who is in each, without their days (the weekly summary). */
  groupSquads(groupId: number): Promise<Array<{ name: string; memberIds: number[] }>>;
}

// Check-ins: record_checkin's rules (a seen event, the day's cap, the progress read back), undo, and sums.
import type { Checkin, NewCheckin, ProgressWindow, RecordOutcome } from "../../core/ports.js";
import type { LocalDate } from "../../core/time/dates.js";
import { requireMember } from "./members.js";
import type { CheckinRow, Db } from "./state.js";

function toCheckin(row: CheckinRow): Checkin {
  return {
    id: row.id,
    minutes: row.minutes,
    localDate: row.localDate,
    note: row.note,
    recordedAt: new Date(row.recordedAt),
  };
}

export function checkinsOf(db: Db, memberId: number): CheckinRow[] {
  return [...db.t.checkins.values()].filter((c) => c.memberId === memberId);
}

/** Minutes between two local dates, inclusive; either bound null: open. */
export function minutesIn(rows: CheckinRow[], from: LocalDate | null, to: LocalDate | null): number {
  return rows
    .filter((c) => (from === null || c.localDate >= from) && (to === null || c.localDate <= to))
    .reduce((sum, c) => sum + c.minutes, 0);
}

export function activeDates(db: Db, memberId: number, until: LocalDate, limit: number): LocalDate[] {
  const dates = new Set(
    checkinsOf(db, memberId)
      .filter((c) => c.localDate <= until)
      .map((c) => c.localDate),
  );
  return [...dates].sort().reverse().slice(0, Math.max(0, limit));
}

/** As migration 0006's record_checkin: the event first, then the cap, then the insert and the progress. */
export function recordCheckin(
  db: Db,
  input: NewCheckin,
  maxDayMinutes: number,
  window: ProgressWindow,
  repeatAfter: Date | null,
): RecordOutcome {
  const seen = [...db.t.checkins.values()].find(
    (c) => c.platform === input.platform && c.eventId === input.eventId,
  );
  if (seen !== undefined) return { kind: "duplicate", checkin: toCheckin(seen) };
  const mine = checkinsOf(db, input.memberId);
  const repeated =
    repeatAfter === null
      ? undefined
      : mine
          .filter(
            (c) =>
              c.minutes === input.minutes &&
              c.localDate === input.localDate &&
              c.recordedAt.getTime() > repeatAfter.getTime(),
          )
          .sort((a, b) => b.recordedAt.getTime() - a.recordedAt.getTime())[0];
  if (repeated !== undefined) return { kind: "repeat", checkin: toCheckin(repeated) };
  const dayTotal = minutesIn(mine, input.localDate, input.localDate);
  if (dayTotal + input.minutes > maxDayMinutes) return { kind: "dayFull", dayMinutes: dayTotal };
  // The table's constraints: checkins_minutes_range and the member's foreign key.
  if (!(input.minutes > 0 && input.minutes <= 720)) {
    throw new Error(`check constraint "checkins_minutes_range" violated by ${input.minutes} minutes`);
  }
  requireMember(db, input.memberId);
  const row: CheckinRow = {
    id: db.nextId("checkins"),
    memberId: input.memberId,
    minutes: input.minutes,
    localDate: input.localDate,
    note: input.note,
    recordedAt: new Date(input.recordedAt),
    platform: input.platform,
    eventId: input.eventId,
  };
  db.t.checkins.set(row.id, row);
  return {
    kind: "recorded",
    checkin: toCheckin(row),
    progress: {
      weekMinutes: minutesIn([...mine, row], window.weekFrom, window.weekTo),
      activeDates: activeDates(db, input.memberId, window.activeUntil, window.activeLimit),
    },
  };
}

function latestRow(db: Db, memberId: number, after: Date) {
  const [latest] = checkinsOf(db, memberId)
    .filter((c) => c.recordedAt.getTime() > after.getTime())
    .sort((a, b) => b.recordedAt.getTime() - a.recordedAt.getTime() || b.id - a.id);
  return latest;
}

export function latestCheckin(db: Db, memberId: number, after: Date): Checkin | null {
  const latest = latestRow(db, memberId, after);
  return latest === undefined ? null : toCheckin(latest);
}

export function removeLatestCheckin(
  db: Db,
  memberId: number,
  after: Date,
  expectedId?: number,
): Checkin | null {
  const latest = latestRow(db, memberId, after);
  if (latest === undefined || (expectedId !== undefined && latest.id !== expectedId)) return null;
  db.t.checkins.delete(latest.id);
  return toCheckin(latest);
}

/** Minutes per local day between two dates (inclusive), only days with minutes. */
export function dailyMinutes(db: Db, memberId: number, from: LocalDate, to: LocalDate) {
  const days = new Map<LocalDate, number>();
  for (const c of checkinsOf(db, memberId)) {
    if (c.localDate < from || c.localDate > to) continue;
    days.set(c.localDate, (days.get(c.localDate) ?? 0) + c.minutes);
  }
  return days;
}

/** The per-day totals Postgres keeps in checkin_days, as /export lists them. */
export function checkinDays(db: Db, memberId: number): Array<{ localDate: LocalDate; minutes: number }> {
  const days = dailyMinutes(db, memberId, "0000-01-01", "9999-12-31");
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([localDate, minutes]) => ({ localDate, minutes }));
}

export function lastActiveDays(db: Db, memberIds: number[]): Map<number, LocalDate> {
  const wanted = new Set(memberIds);
  const last = new Map<number, LocalDate>();
  const seen = (memberId: number, day: LocalDate) => {
    const before = last.get(memberId);
    if (wanted.has(memberId) && (before === undefined || day > before)) last.set(memberId, day);
  };
  for (const c of db.t.checkins.values()) seen(c.memberId, c.localDate);
  // A member drilling interviews without logging hours is studying all the same.
  for (const a of db.t.mockAnswers.values()) seen(a.memberId, a.localDate);
  return last;
}

export function recentActiveDays(db: Db, memberIds: number[], from: LocalDate) {
  const days = new Map<number, Set<LocalDate>>(memberIds.map((id) => [id, new Set()]));
  for (const c of db.t.checkins.values()) {
    if (c.localDate >= from) days.get(c.memberId)?.add(c.localDate);
  }
  return days;
}

// The statements every command runs, prepared once: building a query through drizzle's builder costs
// more than the round trip itself on the check-in path.
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "./client.js";
import type { RecordedRow } from "./recordedRow.js";
import { identities, members } from "./schema/index.js";

export function hotQueries(db: Database) {
  const placeholder = sql.placeholder;
  return {
    memberByIdentity: db
      .select({
        member: members,
        unreachableSince: identities.unreachableSince,
        dmReachedAt: identities.dmReachedAt,
        username: identities.username,
      })
      .from(identities)
      .innerJoin(members, eq(members.id, identities.memberId))
      .where(
        and(
          eq(identities.platform, placeholder("platform")),
          eq(identities.platformUserId, placeholder("platformUserId")),
        ),
      )
      .prepare("member_by_identity"),

    recordCheckin: db
      .select({
        out_kind: sql<RecordedRow["out_kind"]>`out_kind`,
        out_id: sql<RecordedRow["out_id"]>`out_id`,
        out_minutes: sql<RecordedRow["out_minutes"]>`out_minutes`,
        out_local_date: sql<RecordedRow["out_local_date"]>`out_local_date`,
        out_note: sql<RecordedRow["out_note"]>`out_note`,
        out_recorded_ms: sql<RecordedRow["out_recorded_ms"]>`out_recorded_ms`,
        out_day_minutes: sql<RecordedRow["out_day_minutes"]>`out_day_minutes`,
        out_week_minutes: sql<RecordedRow["out_week_minutes"]>`out_week_minutes`,
        out_active_dates: sql<RecordedRow["out_active_dates"]>`out_active_dates`,
      })
      .from(
        sql`record_checkin(${placeholder("memberId")}::int, ${placeholder("minutes")}::int,
              ${placeholder("localDate")}::date, ${placeholder("note")}::text,
              ${placeholder("recordedAt")}::timestamptz, ${placeholder("platform")}::text,
              ${placeholder("eventId")}::text, ${placeholder("maxDayMinutes")}::int,
              ${placeholder("weekFrom")}::date, ${placeholder("weekTo")}::date,
              ${placeholder("activeUntil")}::date, ${placeholder("activeLimit")}::int,
              ${placeholder("repeatAfter")}::timestamptz)`,
      )
      .prepare("record_checkin_repeat"),
  };
}

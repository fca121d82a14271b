// The row record_checkin returns, turned into the core's RecordOutcome.
import type { RecordOutcome } from "../core/ports.js";

export interface RecordedRow {
  out_kind: "recorded" | "duplicate" | "repeat" | "dayFull";
  out_id: number | null;
  out_minutes: number | null;
  out_local_date: string | null;
  out_note: string | null;
  out_recorded_ms: number | string | null;
  out_day_minutes: number | null;
  out_week_minutes: number | null;
  out_active_dates: string[] | null;
}

export function toOutcome(row: RecordedRow): RecordOutcome {
  if (row.out_kind === "dayFull") return { kind: "dayFull", dayMinutes: Number(row.out_day_minutes) };
  const checkin = {
    id: Number(row.out_id),
    minutes: Number(row.out_minutes),
    localDate: String(row.out_local_date),
    note: row.out_note,
    recordedAt: new Date(Number(row.out_recorded_ms)),
  };
  if (row.out_kind === "duplicate") return { kind: "duplicate", checkin };
  if (row.out_kind === "repeat") return { kind: "repeat", checkin };
  return {
    kind: "recorded",
    checkin,
    progress: { weekMinutes: Number(row.out_week_minutes), activeDates: row.out_active_dates ?? [] },
  };
}

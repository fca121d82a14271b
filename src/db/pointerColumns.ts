// Which column holds each slot's next due time: the one map the send log, member updates and /forget use.
import type { PgColumn } from "drizzle-orm/pg-core";
import { MEMBER_SLOTS, type MemberSlot, type Slot } from "../core/nudges/kinds.js";
import type { MemberPointers } from "../core/ports.js";
import { groups, members, oneOffSends } from "./schema/index.js";

type MemberValues = typeof members.$inferInsert;

const MEMBER_POINTER_FIELD = {
  morning: "nextMorningAt",
  evening: "nextEveningAt",
  recap: "nextRecapAt",
  plan: "nextPlanAt",
} as const satisfies Record<MemberSlot, keyof MemberValues>;

export function memberPointerColumn(slot: MemberSlot) {
  return members[MEMBER_POINTER_FIELD[slot]];
}

/**
 * The slot's pointer column and the table it lives in: members for a member's series, groups for summaries,
 * the outbox for one-off sends. Each table has an `id`, the subject the send log names.
 */
export function pointerOf(slot: Slot): {
  table: typeof members | typeof groups | typeof oneOffSends;
  column: PgColumn;
} {
  if (slot === "summary") return { table: groups, column: groups.nextSummaryAt };
  if (slot === "oneoff") return { table: oneOffSends, column: oneOffSends.dueAt };
  return { table: members, column: memberPointerColumn(slot) };
}

/** A member's pointers as the column values that store them. */
export function pointerValues(pointers: MemberPointers): Partial<MemberValues> {
  const values: Partial<MemberValues> = {};
  for (const slot of MEMBER_SLOTS) values[MEMBER_POINTER_FIELD[slot]] = pointers[slot];
  return values;
}

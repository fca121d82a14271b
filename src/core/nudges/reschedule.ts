// Recomputes a member's pointers after a change to what decides them (start day, zone, reminder time).
import type { Member, MemberPointers } from "../ports.js";
import { memberPointers } from "./occurrences.js";

export function pointersAfterChange(member: Member, now: Date): MemberPointers {
  return memberPointers(member, now);
}

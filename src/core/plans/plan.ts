// A member's study plan: the blocks they mean to study in, and the if-then line for when things go wrong.
// Naming when and where (and the obstacle) is what makes intentions stick (Gollwitzer & Sheeran 2006).
import type { WallTime } from "../nudges/wallClock.js";

export interface PlanBlock {
  /** Monday = 0 … Sunday = 6. */
  weekday: number;
  start: WallTime;
  end: WallTime;
}

export interface StudyPlan {
  blocks: PlanBlock[];
  ifThen: { obstacle: string; fallback: string } | null;
}

export const EMPTY_PLAN: StudyPlan = { blocks: [], ifThen: null };

const minutesOf = (time: WallTime) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

export function blockMinutes(block: PlanBlock): number {
  return minutesOf(block.end) - minutesOf(block.start);
}

/** The hours a week the plan adds up to. */
export function planMinutes(plan: StudyPlan): number {
  return plan.blocks.reduce((sum, b) => sum + blockMinutes(b), 0);
}

/** Blocks in week order, then by start. */
export function sortBlocks(blocks: readonly PlanBlock[]): PlanBlock[] {
  return [...blocks].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
}

/** Days that share hours, together, in the order their hours first come: how a plan is written back. */
export function hoursGroups(
  blocks: readonly PlanBlock[],
): Array<{ days: number[]; start: WallTime; end: WallTime }> {
  const groups: Array<{ days: number[]; start: WallTime; end: WallTime }> = [];
  for (const b of blocks) {
    const same = groups.find((g) => g.start === b.start && g.end === b.end);
    if (same === undefined) groups.push({ days: [b.weekday], start: b.start, end: b.end });
    else same.days.push(b.weekday);
  }
  return groups;
}

// Milestones celebrated once in the group: streak lengths, total hours, a deliverable verified.
export const STREAK_MILESTONES: readonly number[] = [7, 30, 60, 84];
export const HOUR_MILESTONES: readonly number[] = [50, 100, 200];

export type Milestone =
  | { kind: "streak"; days: number }
  | { kind: "hours"; hours: number }
  | { kind: "deliverable"; id: string };

/** The milestone as the outbox keeps it: "streak:7", "hours:50", "deliverable:p1". */
export function milestoneId(m: Milestone): string {
  if (m.kind === "streak") return `streak:${m.days}`;
  if (m.kind === "hours") return `hours:${m.hours}`;
  return `deliverable:${m.id}`;
}

export function parseMilestoneId(id: string): Milestone | null {
  const [kind, value = ""] = id.split(":", 2);
  const n = Number(value);
  if (kind === "streak" && Number.isInteger(n)) return { kind, days: n };
  if (kind === "hours" && Number.isInteger(n)) return { kind, hours: n };
  if (kind === "deliverable" && value !== "") return { kind, id: value };
  return null;
}

/** The milestones a group may give a role with: every streak and hours mark, and any deliverable. */
export const ROLE_MILESTONES: readonly string[] = [
  ...STREAK_MILESTONES.map((days) => `streak:${days}`),
  ...HOUR_MILESTONES.map((hours) => `hours:${hours}`),
  "deliverable",
];

/** The role a milestone comes with is kept under this: a deliverable's is one for them all. */
export function roleKeyOf(m: Milestone): string {
  return m.kind === "deliverable" ? "deliverable" : milestoneId(m);
}

/** What a check-in of `minutes` reached: a streak now at a milestone, totals it carried past one. */
export function milestonesOfCheckin(p: {
  streak: number;
  totalMinutes: number;
  minutes: number;
}): Milestone[] {
  const before = p.totalMinutes - p.minutes;
  return [
    ...STREAK_MILESTONES.filter((days) => p.streak === days).map((days) => ({
      kind: "streak" as const,
      days,
    })),
    ...HOUR_MILESTONES.filter((h) => before < h * 60 && p.totalMinutes >= h * 60).map((hours) => ({
      kind: "hours" as const,
      hours,
    })),
  ];
}

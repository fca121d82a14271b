// Members, and the platform accounts that identify them.
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { EMPTY_PLAN, type StudyPlan } from "../../core/plans/plan.js";

export const members = pgTable(
  "members",
  {
    id: serial("id").primaryKey(),
    displayName: text("display_name").notNull(),
    timezone: text("timezone").notNull(),
    locale: text("locale"),
    seenLocale: text("seen_locale"),
    roadmapStart: date("roadmap_start", { mode: "string" }),
    /** The daily nudge's time; null: the member turned it off. */
    remindTime: text("remind_time").default("09:00"),
    eveningTime: text("evening_time").default("20:00"),
    /** The wall time a member's day begins (/daystart); null: midnight. */
    dayStart: text("day_start"),
    /** false: no daily nudge once the day has a check-in (/remind done off). */
    dailyWhenDone: boolean("daily_when_done").notNull().default(true),
    quietStart: text("quiet_start"),
    quietEnd: text("quiet_end"),
    pausedUntil: date("paused_until", { mode: "string" }),
    /** Null: the roadmap's weekly target. */
    weeklyGoalMinutes: integer("weekly_goal_minutes"),
    /** Declared rest days and every paused day, kept after the pause ends: they explain a streak. */
    restDays: date("rest_days", { mode: "string" }).array().notNull().default([]),
    pausedDays: date("paused_days", { mode: "string" }).array().notNull().default([]),
    plan: jsonb("plan").$type<StudyPlan>().notNull().default(EMPTY_PLAN),
    leaderboardOptOut: boolean("leaderboard_opt_out").notNull().default(false),
    /** true: no buddy nudges reach the member (/nudge off). */
    nudgesOff: boolean("nudges_off").notNull().default(false),
    /** The roadmap the member follows: an installed id, or a group's imported one; null: the default. */
    roadmapKey: text("roadmap_key"),
    /** When each series is next due: the scheduler finds due sends through these indexes alone. */
    nextMorningAt: timestamp("next_morning_at", { withTimezone: true }),
    nextEveningAt: timestamp("next_evening_at", { withTimezone: true }),
    nextRecapAt: timestamp("next_recap_at", { withTimezone: true }),
    nextPlanAt: timestamp("next_plan_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("members_next_morning_idx").on(t.nextMorningAt),
    index("members_next_evening_idx").on(t.nextEveningAt),
    index("members_next_recap_idx").on(t.nextRecapAt),
    index("members_next_plan_idx").on(t.nextPlanAt),
  ],
);

/** One row per platform account; several may point at one member once accounts are linked. */
export const identities = pgTable(
  "identities",
  {
    platform: text("platform").notNull(),
    platformUserId: text("platform_user_id").notNull(),
    memberId: integer("member_id")
      .notNull()
      .references(() => members.id, { onDelete: "cascade" }),
    /** Set when the platform refused a DM (blocked, DMs closed); cleared when the member speaks again. */
    unreachableSince: timestamp("unreachable_since", { withTimezone: true }),
    /**
     * When a DM last reached this account or they wrote in private: the proof DMs arrive, which a server
     * member who never did has not given (Discord lets them close DMs from server members).
     */
    dmReachedAt: timestamp("dm_reached_at", { withTimezone: true }),
    /** The account's @username, lowercased, as last seen (Telegram): how members name each other. */
    username: text("username"),
  },
  (t) => [
    primaryKey({ columns: [t.platform, t.platformUserId] }),
    index("identities_member_idx").on(t.memberId),
  ],
);

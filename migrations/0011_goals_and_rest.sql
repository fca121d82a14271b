-- A member's own weekly goal (null: the roadmap's), and the days that keep a streak without a check-in:
-- declared rest days and paused days, kept as history so a pause that ended still explains its days.
ALTER TABLE "members" ADD COLUMN "weekly_goal_minutes" integer;--> statement-breakpoint
ALTER TABLE "members" ADD CONSTRAINT "members_weekly_goal_range" CHECK ("weekly_goal_minutes" BETWEEN 120 AND 2400);--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "rest_days" date[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "paused_days" date[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- A pause under way when this arrives is known only by its last day: its days from today on are kept.
UPDATE "members" SET "paused_days" = ARRAY(
  SELECT generate_series(current_date, "paused_until", interval '1 day')::date
) WHERE "paused_until" >= current_date;

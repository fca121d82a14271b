-- A member's day may begin after midnight (/daystart 04:00): check-ins before that hour count for the day
-- before. Null keeps midnight.
ALTER TABLE "members" ADD COLUMN "day_start" text;--> statement-breakpoint
-- /remind done off: no daily nudge on a day that already has a check-in.
ALTER TABLE "members" ADD COLUMN "daily_when_done" boolean DEFAULT true NOT NULL;--> statement-breakpoint
-- When the next plan reminder (30 minutes before a study block) is due; null without a plan.
ALTER TABLE "members" ADD COLUMN "next_plan_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "members_next_plan_idx" ON "members" USING btree ("next_plan_at");

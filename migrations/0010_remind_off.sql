-- A member may turn the daily nudge off (/remind off): remind_time is then null, and so is next_morning_at.
ALTER TABLE "members" ALTER COLUMN "remind_time" DROP NOT NULL;

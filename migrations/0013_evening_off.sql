-- A member may move or stop the evening streak saver (/evening off): evening_time is then null, and so is
-- next_evening_at.
ALTER TABLE "members" ALTER COLUMN "evening_time" DROP NOT NULL;

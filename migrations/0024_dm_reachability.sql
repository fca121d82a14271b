-- When a DM last reached an account or it wrote in private; accounts already sent a DM count as reached.
ALTER TABLE "identities" ADD COLUMN "dm_reached_at" timestamp with time zone;--> statement-breakpoint
UPDATE "identities" SET "dm_reached_at" = now() WHERE "unreachable_since" IS NULL AND "member_id" IN (SELECT "subject_id" FROM "sends" WHERE "state" = 'sent' AND "kind" <> 'group_summary');

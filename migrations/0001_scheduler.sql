CREATE TABLE "sends" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"slot" text NOT NULL,
	"subject_id" integer NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"state" text NOT NULL,
	"lease_until" timestamp with time zone,
	"claimed_by" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"detail" text,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "summary_weekday" integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "summary_time" text DEFAULT '20:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "next_summary_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "identities" ADD COLUMN "unreachable_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "seen_locale" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "remind_time" text DEFAULT '09:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "evening_time" text DEFAULT '20:00' NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "quiet_start" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "quiet_end" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "paused_until" date;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "leaderboard_opt_out" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "next_morning_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "next_evening_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "next_recap_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "sends_claimed_lease_idx" ON "sends" USING btree ("state","lease_until");--> statement-breakpoint
CREATE INDEX "sends_subject_idx" ON "sends" USING btree ("slot","subject_id");--> statement-breakpoint
CREATE INDEX "groups_next_summary_idx" ON "groups" USING btree ("next_summary_at");--> statement-breakpoint
CREATE INDEX "members_next_morning_idx" ON "members" USING btree ("next_morning_at");--> statement-breakpoint
CREATE INDEX "members_next_evening_idx" ON "members" USING btree ("next_evening_at");--> statement-breakpoint
CREATE INDEX "members_next_recap_idx" ON "members" USING btree ("next_recap_at");
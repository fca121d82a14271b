ALTER TABLE "mock_sessions" ADD COLUMN "judging_since" timestamp with time zone;--> statement-breakpoint
CREATE TABLE "mock_attempts" (
	"id" serial PRIMARY KEY NOT NULL,
	"member_id" integer NOT NULL,
	"attempted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "llm_calls" (
	"id" serial PRIMARY KEY NOT NULL,
	"called_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mock_attempts" ADD CONSTRAINT "mock_attempts_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mock_attempts_member_at_idx" ON "mock_attempts" USING btree ("member_id","attempted_at");--> statement-breakpoint
CREATE INDEX "llm_calls_called_at_idx" ON "llm_calls" USING btree ("called_at");--> statement-breakpoint
-- The answers of the last day count in the new rolling windows from the start, so upgrading buys nothing.
INSERT INTO "mock_attempts" ("member_id", "attempted_at")
  SELECT "member_id", "answered_at" FROM "mock_answers" WHERE "answered_at" > now() - interval '1 day';
--> statement-breakpoint
INSERT INTO "llm_calls" ("called_at")
  SELECT "answered_at" FROM "mock_answers" WHERE "judge" = 'llm' AND "answered_at" > now() - interval '1 day';

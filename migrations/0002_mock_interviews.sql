CREATE TABLE "mock_answers" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"stage" text NOT NULL,
	"topic_id" text NOT NULL,
	"question_id" text NOT NULL,
	"answer" text NOT NULL,
	"judge" text NOT NULL,
	"model" text,
	"overall" integer,
	"verdict" jsonb NOT NULL,
	"failure" text,
	"prompt_tokens" integer,
	"completion_tokens" integer,
	"answered_at" timestamp with time zone NOT NULL,
	"local_date" date NOT NULL,
	"platform" text NOT NULL,
	"event_id" text NOT NULL,
	CONSTRAINT "mock_answers_overall_range" CHECK ("mock_answers"."overall" is null or ("mock_answers"."overall" >= 0 and "mock_answers"."overall" <= 10)),
	CONSTRAINT "mock_answers_scored_or_failed" CHECK (("mock_answers"."overall" is null) = ("mock_answers"."failure" is not null))
);
--> statement-breakpoint
CREATE TABLE "mock_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"member_id" integer NOT NULL,
	"platform" text NOT NULL,
	"chat_id" text NOT NULL,
	"topic_id" text NOT NULL,
	"question_id" text NOT NULL,
	"stage" text DEFAULT 'question' NOT NULL,
	"follow_up" jsonb,
	"started_at" timestamp with time zone NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	CONSTRAINT "mock_sessions_stage" CHECK ("mock_sessions"."stage" in ('question', 'followUp'))
);
--> statement-breakpoint
ALTER TABLE "mock_answers" ADD CONSTRAINT "mock_answers_session_id_mock_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."mock_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mock_answers" ADD CONSTRAINT "mock_answers_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mock_sessions" ADD CONSTRAINT "mock_sessions_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mock_answers_session_stage_idx" ON "mock_answers" USING btree ("session_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "mock_answers_event_idx" ON "mock_answers" USING btree ("platform","event_id");--> statement-breakpoint
CREATE INDEX "mock_answers_member_date_idx" ON "mock_answers" USING btree ("member_id","local_date");--> statement-breakpoint
CREATE UNIQUE INDEX "mock_sessions_one_open_idx" ON "mock_sessions" USING btree ("member_id") WHERE "mock_sessions"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "mock_sessions_member_started_idx" ON "mock_sessions" USING btree ("member_id","started_at");
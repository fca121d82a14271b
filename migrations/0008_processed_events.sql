-- Platform events that changed data, with the reply each got: a redelivered event is answered from here
-- and changes nothing again. Rows go with their member (/forget) and are pruned after PROCESSED_EVENT_DAYS
-- (src/db/store.ts) by the commands that write them.
CREATE TABLE "processed_events" (
	"platform" text NOT NULL,
	"event_id" text NOT NULL,
	"member_id" integer,
	"reply_text" text NOT NULL,
	"reply_audience" text,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_platform_event_id_pk" PRIMARY KEY("platform","event_id")
);
--> statement-breakpoint
ALTER TABLE "processed_events" ADD CONSTRAINT "processed_events_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "processed_events_processed_at_idx" ON "processed_events" USING btree ("processed_at");--> statement-breakpoint
CREATE INDEX "processed_events_member_idx" ON "processed_events" USING btree ("member_id");
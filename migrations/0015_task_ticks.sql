-- Roadmap tasks and portfolio deliverables a member ticked with /done, and the link they gave as evidence.
CREATE TABLE "task_ticks" (
	"member_id" integer NOT NULL,
	"roadmap_id" text NOT NULL,
	"task_id" text NOT NULL,
	"evidence" text,
	"ticked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "task_ticks_member_id_roadmap_id_task_id_pk" PRIMARY KEY("member_id","roadmap_id","task_id")
);
--> statement-breakpoint
ALTER TABLE "task_ticks" ADD CONSTRAINT "task_ticks_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;
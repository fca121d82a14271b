-- One-off sends (buddy nudges, milestones) sent once; /nudge off; Telegram usernames; milestone roles.
CREATE TABLE "milestone_roles" (
	"group_id" integer NOT NULL,
	"milestone" text NOT NULL,
	"role_id" text NOT NULL,
	CONSTRAINT "milestone_roles_group_id_milestone_pk" PRIMARY KEY("group_id","milestone")
);
--> statement-breakpoint
CREATE TABLE "one_off_sends" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"member_id" integer NOT NULL,
	"group_id" integer NOT NULL,
	"from_member_id" integer,
	"detail" text NOT NULL,
	"due_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "one_off_sends_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "identities" ADD COLUMN "username" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "nudges_off" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "milestone_roles" ADD CONSTRAINT "milestone_roles_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_off_sends" ADD CONSTRAINT "one_off_sends_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_off_sends" ADD CONSTRAINT "one_off_sends_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_off_sends" ADD CONSTRAINT "one_off_sends_from_member_id_members_id_fk" FOREIGN KEY ("from_member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "one_off_sends_due_idx" ON "one_off_sends" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "one_off_sends_member_idx" ON "one_off_sends" USING btree ("member_id");

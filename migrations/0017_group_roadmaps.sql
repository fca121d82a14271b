-- Roadmaps a group follows (/setup roadmap) or brought (/roadmap import), and the one each member follows.
CREATE TABLE "group_roadmaps" (
	"key" text PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "roadmap_key" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "roadmap_key" text;--> statement-breakpoint
ALTER TABLE "group_roadmaps" ADD CONSTRAINT "group_roadmaps_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;
-- Squads: 2 to 5 members of a group with a streak of their own (/squad); an empty squad goes away.
CREATE TABLE "squad_members" (
	"squad_id" integer NOT NULL,
	"group_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	CONSTRAINT "squad_members_group_id_member_id_pk" PRIMARY KEY("group_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "squads" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "squad_members" ADD CONSTRAINT "squad_members_squad_id_squads_id_fk" FOREIGN KEY ("squad_id") REFERENCES "public"."squads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squad_members" ADD CONSTRAINT "squad_members_group_id_member_id_group_members_group_id_member_id_fk" FOREIGN KEY ("group_id","member_id") REFERENCES "public"."group_members"("group_id","member_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "squads" ADD CONSTRAINT "squads_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "squad_members_squad_idx" ON "squad_members" USING btree ("squad_id");--> statement-breakpoint
CREATE INDEX "squad_members_member_idx" ON "squad_members" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "squads_group_name_idx" ON "squads" USING btree ("group_id",lower("name"));--> statement-breakpoint
-- However a member goes (/squad leave, /forget's cascade), a squad left with nobody is removed.
CREATE FUNCTION squads_drop_empty() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  DELETE FROM squads WHERE id = OLD.squad_id
    AND NOT EXISTS (SELECT 1 FROM squad_members WHERE squad_id = OLD.squad_id);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER squad_members_drop_empty AFTER DELETE ON squad_members
  FOR EACH ROW EXECUTE FUNCTION squads_drop_empty();

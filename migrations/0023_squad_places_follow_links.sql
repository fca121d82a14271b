-- A squad place follows its membership when /link or /unlink moves it to another member.
ALTER TABLE "squad_members" DROP CONSTRAINT "squad_members_group_id_member_id_group_members_group_id_member_id_fk";
--> statement-breakpoint
ALTER TABLE "squad_members" ADD CONSTRAINT "squad_members_group_id_member_id_group_members_group_id_member_id_fk" FOREIGN KEY ("group_id","member_id") REFERENCES "public"."group_members"("group_id","member_id") ON DELETE cascade ON UPDATE cascade;
-- The name each member goes by in a group (a Discord server nickname), for its board.
ALTER TABLE "group_members" ADD COLUMN "display_name" text;
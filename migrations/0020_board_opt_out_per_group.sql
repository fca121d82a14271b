-- A member can keep their name off one group's board while staying on the others.
ALTER TABLE "group_members" ADD COLUMN "off_board" boolean DEFAULT false NOT NULL;

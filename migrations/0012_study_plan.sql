-- A member's study plan: weekly blocks ({"weekday": 0-6, "start": "HH:MM", "end": "HH:MM"}) and an if-then line.
ALTER TABLE "members" ADD COLUMN "plan" jsonb DEFAULT '{"blocks":[],"ifThen":null}'::jsonb NOT NULL;

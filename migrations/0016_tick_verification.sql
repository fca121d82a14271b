-- Whether a deliverable's GitHub link showed what it asks for (/done p1 <link>), and when; null: not checked.
ALTER TABLE "task_ticks" ADD COLUMN "verified" boolean;--> statement-breakpoint
ALTER TABLE "task_ticks" ADD COLUMN "checked_at" timestamp with time zone;
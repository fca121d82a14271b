-- The forum topic a group's weekly summary goes to (Telegram's message_thread_id), where /setup ran.
ALTER TABLE "groups" ADD COLUMN "summary_thread_id" text;
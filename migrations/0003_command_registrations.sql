CREATE TABLE "command_registrations" (
	"platform" text NOT NULL,
	"scope" text NOT NULL,
	"hash" text NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	CONSTRAINT "command_registrations_platform_scope_pk" PRIMARY KEY("platform","scope")
);

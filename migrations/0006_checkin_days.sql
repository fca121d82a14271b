CREATE TABLE "checkin_days" (
	"member_id" integer NOT NULL,
	"local_date" date NOT NULL,
	"minutes" integer NOT NULL,
	CONSTRAINT "checkin_days_member_id_local_date_pk" PRIMARY KEY("member_id","local_date")
);
--> statement-breakpoint
ALTER TABLE "checkin_days" ADD CONSTRAINT "checkin_days_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Writers wait while the days are summed, so no check-in lands between the sums and the trigger.
LOCK TABLE "checkins" IN SHARE MODE;
--> statement-breakpoint
INSERT INTO "checkin_days" ("member_id", "local_date", "minutes")
  SELECT "member_id", "local_date", sum("minutes")::integer FROM "checkins" GROUP BY "member_id", "local_date";
--> statement-breakpoint
-- Every way a check-in comes or goes (/checkin, /undo, /forget's cascade) keeps its day's total; a day
-- left with nothing is removed, so the rows are exactly the days with a check-in.
CREATE FUNCTION checkin_days_follow() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE checkin_days SET minutes = minutes - OLD.minutes
      WHERE member_id = OLD.member_id AND local_date = OLD.local_date;
    DELETE FROM checkin_days
      WHERE member_id = OLD.member_id AND local_date = OLD.local_date AND minutes <= 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO checkin_days (member_id, local_date, minutes)
      VALUES (NEW.member_id, NEW.local_date, NEW.minutes)
      ON CONFLICT (member_id, local_date) DO UPDATE SET minutes = checkin_days.minutes + EXCLUDED.minutes;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER checkins_keep_days AFTER INSERT OR UPDATE OR DELETE ON "checkins"
  FOR EACH ROW EXECUTE FUNCTION checkin_days_follow();
--> statement-breakpoint
-- record_checkin (0005) now reads the day, the week and the streak's days from checkin_days, and holds
-- the member with an advisory lock: the same serialising of one member's check-ins, without writing to
-- the member's row.
CREATE OR REPLACE FUNCTION record_checkin(
  p_member integer,
  p_minutes integer,
  p_local_date date,
  p_note text,
  p_recorded_at timestamptz,
  p_platform text,
  p_event_id text,
  p_max_day_minutes integer,
  p_week_from date,
  p_week_to date,
  p_active_until date,
  p_active_limit integer
)
RETURNS TABLE (
  out_kind text,
  out_id integer,
  out_minutes integer,
  out_local_date text,
  out_note text,
  out_recorded_ms double precision,
  out_day_minutes integer,
  out_week_minutes integer,
  out_active_dates text[]
)
LANGUAGE plpgsql
AS $$
DECLARE
  seen checkins%ROWTYPE;
  day_total integer;
BEGIN
  -- 0x636b ("ck"): a key space of its own, apart from the migrations' single-key lock.
  PERFORM pg_advisory_xact_lock(25451, p_member);

  SELECT * INTO seen FROM checkins c WHERE c.platform = p_platform AND c.event_id = p_event_id;
  IF FOUND THEN
    RETURN QUERY SELECT 'duplicate'::text, seen.id, seen.minutes, seen.local_date::text, seen.note,
      extract(epoch FROM seen.recorded_at)::double precision * 1000, NULL::integer, NULL::integer, NULL::text[];
    RETURN;
  END IF;

  SELECT coalesce(max(d.minutes), 0) INTO day_total
    FROM checkin_days d WHERE d.member_id = p_member AND d.local_date = p_local_date;
  IF day_total + p_minutes > p_max_day_minutes THEN
    RETURN QUERY SELECT 'dayFull'::text, NULL::integer, NULL::integer, NULL::text, NULL::text,
      NULL::double precision, day_total, NULL::integer, NULL::text[];
    RETURN;
  END IF;

  INSERT INTO checkins (member_id, minutes, local_date, note, recorded_at, platform, event_id)
    VALUES (p_member, p_minutes, p_local_date, p_note, p_recorded_at, p_platform, p_event_id)
    RETURNING * INTO seen;

  RETURN QUERY SELECT 'recorded'::text, seen.id, seen.minutes, seen.local_date::text, seen.note,
    extract(epoch FROM seen.recorded_at)::double precision * 1000, day_total + p_minutes,
    (SELECT coalesce(sum(d.minutes), 0)::integer FROM checkin_days d
      WHERE d.member_id = p_member AND d.local_date BETWEEN p_week_from AND p_week_to),
    ARRAY(SELECT d.local_date::text FROM checkin_days d
      WHERE d.member_id = p_member AND d.local_date <= p_active_until
      ORDER BY d.local_date DESC LIMIT p_active_limit);
END;
$$;

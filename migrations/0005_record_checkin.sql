-- A check-in in one round trip: lock the member, drop a redelivered event, hold the daily cap, insert,
-- and read back what the confirmation shows (the week's minutes and the days with a check-in).
-- Each statement of a plpgsql function sees what committed before it, so the lock taken first makes the
-- day's sum exact even when the same member's check-ins arrive at once.
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
  PERFORM 1 FROM members WHERE id = p_member FOR UPDATE;

  SELECT * INTO seen FROM checkins c WHERE c.platform = p_platform AND c.event_id = p_event_id;
  IF FOUND THEN
    RETURN QUERY SELECT 'duplicate'::text, seen.id, seen.minutes, seen.local_date::text, seen.note,
      extract(epoch FROM seen.recorded_at)::double precision * 1000, NULL::integer, NULL::integer, NULL::text[];
    RETURN;
  END IF;

  SELECT coalesce(sum(c.minutes), 0)::integer INTO day_total
    FROM checkins c WHERE c.member_id = p_member AND c.local_date = p_local_date;
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
    (SELECT coalesce(sum(c.minutes), 0)::integer FROM checkins c
      WHERE c.member_id = p_member AND c.local_date BETWEEN p_week_from AND p_week_to),
    ARRAY(SELECT DISTINCT c.local_date::text FROM checkins c
      WHERE c.member_id = p_member AND c.local_date <= p_active_until
      ORDER BY 1 DESC LIMIT p_active_limit);
END;
$$;

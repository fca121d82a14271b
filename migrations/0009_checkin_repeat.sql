-- record_checkin with p_repeat_after: a check-in of the same minutes on the same day recorded after it is
-- returned as 'repeat' and nothing is written, so a resent "/checkin 2h" asks before counting. The
-- 12-argument form (0006) stays, for replicas still running the previous version during a rolling deploy.
CREATE FUNCTION record_checkin(
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
  p_active_limit integer,
  p_repeat_after timestamptz
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

  -- The same time on the same day, moments after it was logged, is more often a resend than a second
  -- session: it is named and left for the member to confirm.
  IF p_repeat_after IS NOT NULL THEN
    SELECT * INTO seen FROM checkins c
      WHERE c.member_id = p_member AND c.minutes = p_minutes AND c.local_date = p_local_date
        AND c.recorded_at > p_repeat_after
      ORDER BY c.recorded_at DESC LIMIT 1;
    IF FOUND THEN
      RETURN QUERY SELECT 'repeat'::text, seen.id, seen.minutes, seen.local_date::text, seen.note,
        extract(epoch FROM seen.recorded_at)::double precision * 1000, NULL::integer, NULL::integer, NULL::text[];
      RETURN;
    END IF;
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

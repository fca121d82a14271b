// Number formats shared by both languages.

/** 270 → "4h30", 180 → "3h", 45 → "45min". */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}min`;
  return m === 0 ? `${h}h` : `${h}h${String(m).padStart(2, "0")}`;
}

const MEDALS = ["🥇", "🥈", "🥉"];

/** Board lines in the order given; rows equal in minutes and share share a place ("1, 1, 3"). */
export function boardLines(
  rows: ReadonlyArray<{ name: string; minutes: number; percent?: number }>,
): string[] {
  let place = 0;
  return rows.map((row, i) => {
    const above = rows[i - 1];
    if (i === 0 || row.minutes !== above?.minutes || row.percent !== above?.percent) place = i + 1;
    const share = row.percent === undefined ? "" : ` · ${row.percent}%`;
    return `${MEDALS[place - 1] ?? `${place}.`} ${row.name} — ${formatMinutes(row.minutes)}${share}`;
  });
}

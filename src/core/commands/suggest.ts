// The command a mistyped name most likely meant: "/chekin" → "checkin", "/progreso" → "progresso".

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`, or more than `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (rows[i - 1]?.[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (rows[i - 1]?.[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/**
 * The known name closest to `typed`: one edit away for short names, two for longer ones; or the known
 * name `typed` begins with ("checkin3h"). Null when nothing is close enough to be a fair guess.
 */
export function closestName(typed: string, known: readonly string[]): string | null {
  const limit = typed.length <= 5 ? 1 : 2;
  let best: { name: string; edits: number } | null = null;
  for (const name of known) {
    const edits = distance(typed, name, limit);
    if (edits <= limit && (best === null || edits < best.edits)) best = { name, edits };
  }
  if (best !== null) return best.name;
  const prefixes = known.filter((name) => name.length >= 4 && typed.startsWith(name));
  return prefixes.sort((a, b) => b.length - a.length)[0] ?? null;
}

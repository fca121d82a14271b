// The command a mistyped name most likely meant: "/chekin" → "checkin", "/progreso" → "progresso".
import { editDistance } from "../editDistance.js";

/**
 * The known name closest to `typed`: one edit away for short names, two for longer ones; or the known
 * name `typed` begins with ("checkin3h"). Null when nothing is close enough to be a fair guess.
 */
export function closestName(typed: string, known: readonly string[]): string | null {
  const limit = typed.length <= 5 ? 1 : 2;
  let best: { name: string; edits: number } | null = null;
  for (const name of known) {
    const edits = editDistance(typed, name, limit);
    if (edits <= limit && (best === null || edits < best.edits)) best = { name, edits };
  }
  if (best !== null) return best.name;
  const prefixes = known.filter((name) => name.length >= 4 && typed.startsWith(name));
  return prefixes.sort((a, b) => b.length - a.length)[0] ?? null;
}

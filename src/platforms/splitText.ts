// Platforms cap a message's length; a longer text goes out in several, split between sections where it can.

/**
 * A line that opens what follows it: it ends with a colon ("Strengths:") or the lines under it are
 * indented ("Key points covered: 2 of 4" over "  ✓ …"). Left last in a part, it would introduce nothing.
 */
function isHeading(line: string, next: string | undefined): boolean {
  if (line.trim() === "") return false;
  if (line.trimEnd().endsWith(":")) return true;
  return next !== undefined && /^\s/.test(line) === false && /^\s+\S/.test(next);
}

/**
 * Where to end the next part, within `max`: before a section (a heading or after a blank line) in the
 * window's second half, else at the last line break that leaves no heading last, else any line break.
 */
function cutOf(text: string, max: number): number {
  const breaks: number[] = [];
  for (let at = text.indexOf("\n"); at !== -1 && at <= max; at = text.indexOf("\n", at + 1)) {
    if (at > 0) breaks.push(at);
  }
  if (breaks.length === 0) return max;
  const lineEndingAt = (at: number) => text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
  const lineStartingAt = (at: number): string | undefined => {
    if (at >= text.length) return undefined;
    const end = text.indexOf("\n", at);
    return text.slice(at, end === -1 ? text.length : end);
  };
  const leavesNoHeading = (at: number) => !isHeading(lineEndingAt(at), lineStartingAt(at + 1));
  const opensSection = (at: number) => {
    const next = lineStartingAt(at + 1);
    const after = next === undefined ? undefined : lineStartingAt(at + 2 + next.length);
    return lineEndingAt(at).trim() === "" || (next !== undefined && isHeading(next, after));
  };
  const kept = breaks.filter(leavesNoHeading);
  const section = kept.filter((at) => at >= max / 2 && opensSection(at)).at(-1);
  return section ?? kept.at(-1) ?? breaks.at(-1) ?? max;
}

/** Splits a long text at line breaks where it can, so each part is at most `max` characters. */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const at = cutOf(rest, max);
    // A blank line the cut falls after stays out of both parts.
    parts.push(rest[at] === "\n" ? rest.slice(0, at).replace(/\n+$/, "") : rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n+/, "");
  }
  if (rest !== "" || parts.length === 0) parts.push(rest);
  return parts;
}

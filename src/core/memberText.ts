// Member text the bot stores and shows to others (names, notes, group titles), cleaned of what could hide or
// reorder the text around it: control characters and bidirectional overrides.

/** Line and paragraph breaks become one space: a note echoed into a group stays on its own line. */
function isBreak(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/**
 * C0 and C1 controls, the bidirectional marks, embeddings, overrides and isolates: "‮" (U+202E) in a name
 * turns "ana‮ 5h" into "ana h5" and can make a leaderboard line say what its author likes.
 */
function isHidden(code: number): boolean {
  return (
    code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The text on one line, without hidden characters, trimmed; the member's own spacing is kept. */
export function cleanMemberText(text: string): string {
  let out = "";
  let afterBreak = false;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (isBreak(code)) {
      afterBreak = true;
      continue;
    }
    if (isHidden(code)) continue;
    // A run of breaks is one space, unless a space is already there.
    if (afterBreak && !out.endsWith(" ") && char !== " ") out += " ";
    afterBreak = false;
    out += char;
  }
  return out.trim();
}

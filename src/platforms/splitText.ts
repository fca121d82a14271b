// Platforms cap a message's length; a longer text goes out in several, split at line breaks where it can.

/** Splits a long text at line breaks where it can, so each part is at most `max` characters. */
export function splitText(text: string, max: number): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf("\n", max);
    const at = cut > 0 ? cut : max;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at).replace(/^\n/, "");
  }
  if (rest !== "" || parts.length === 0) parts.push(rest);
  return parts;
}

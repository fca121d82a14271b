// Discord takes at most 2000 characters in one message; longer texts go out in several, split at lines.
export const MAX_MESSAGE_LENGTH = 2000;

export function splitText(text: string, max = MAX_MESSAGE_LENGTH): string[] {
  const parts: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const candidate = current === "" ? line : `${current}\n${line}`;
    if (candidate.length <= max) {
      current = candidate;
      continue;
    }
    if (current !== "") parts.push(current);
    // A single line longer than a message is cut where it must be.
    let rest = line;
    while (rest.length > max) {
      parts.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    current = rest;
  }
  if (current !== "" || parts.length === 0) parts.push(current);
  return parts;
}

// Replies everyone in a channel sees show member text as typed: Discord's Markdown in a name or a note
// ("# BIG", "||spoiler||", "[safe](https://evil.example)", "1." lists that renumber tied places) is escaped.
// The catalog itself uses no Markdown, and Discord drops a backslash before any punctuation, so escaping the
// whole text changes nothing a reader sees except member text staying literal.

/** Discord's Markdown and mention punctuation, and the backslash that escapes them. */
const MARKDOWN = /[\\*_~`|>#\-[\]()<@]/g;
/** "1. ana 3h": an ordered list to Discord, which renumbers it. */
const LIST_NUMBER = /^(\s*\d+)\./gm;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN, "\\$&").replace(LIST_NUMBER, "$1\\.");
}

/** Parts cut from escaped text, moving a backslash the cut left at the end of a part to the next one. */
export function keepEscapesWhole(parts: string[]): string[] {
  const out: string[] = [];
  let carry = "";
  for (const part of parts) {
    let text = carry + part;
    carry = "";
    const trailing = /\\+$/.exec(text)?.[0].length ?? 0;
    if (trailing % 2 === 1) {
      carry = "\\";
      text = text.slice(0, -1);
    }
    out.push(text);
  }
  if (carry !== "") out.push(carry);
  return out;
}

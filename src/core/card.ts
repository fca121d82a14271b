// A message laid out as a card where a platform draws one (Discord's Components V2): a title, then sections.

/** The same lines as the message's text, grouped: `text` stays what every other platform shows. */
export interface Card {
  title: string;
  /** Groups of lines, each drawn apart from the next. */
  sections: readonly string[];
}

/**
 * The text as a card: its first line the title, then sections of `sizes` lines each, then the rest — its
 * last `tail` lines a section of their own.
 */
export function cardOf(text: string, sizes: readonly number[], tail = 0): Card {
  const [title = "", ...lines] = text.split("\n");
  const end = Math.max(0, lines.length - tail);
  const groups: string[][] = [];
  let from = 0;
  for (const size of sizes) {
    groups.push(lines.slice(from, Math.min(from + size, end)));
    from = Math.min(from + size, end);
  }
  groups.push(lines.slice(from, end), lines.slice(end));
  return { title, sections: groups.filter((g) => g.length > 0).map((g) => g.join("\n")) };
}

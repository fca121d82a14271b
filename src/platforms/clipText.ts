// Platforms cap some fields (an image's description, a caption) that cannot be split: they are cut short.

/** `text` cut to at most `max` characters, ending in "…" when cut, never halving a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

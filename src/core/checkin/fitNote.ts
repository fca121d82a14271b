// A note longer than a check-in keeps is cut to fit, never refused: the time still counts.
import { MAX_NOTE_LENGTH } from "./limits.js";

const graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });

/** The note as kept: whole, or its start ending in "…", never splitting a character or an emoji. */
export function fitNote(note: string): { note: string; shortened: boolean } {
  if (note.length <= MAX_NOTE_LENGTH) return { note, shortened: false };
  let kept = "";
  for (const { segment } of graphemes.segment(note)) {
    if (kept.length + segment.length > MAX_NOTE_LENGTH - 1) break;
    kept += segment;
  }
  return { note: `${kept.trimEnd()}…`, shortened: true };
}

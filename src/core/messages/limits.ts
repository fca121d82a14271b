// Texts of the flood guard: the one notice of a burst, and the answer to a refused change.

export interface LimitMessages {
  /** The first command refused in a burst; the rest of the burst gets silence. */
  "flood.slowDown"(p: { seconds: number }): string;
  /** A command that changes data is never dropped silently: it is answered with this. */
  "flood.notRecorded"(p: { command: string; seconds: number }): string;
}

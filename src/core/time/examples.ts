// The days examples in messages show: always ahead of the member's today, so an example never goes stale.
import { addDays, type LocalDate, weekdayIndex } from "./dates.js";

/** A day 1 to show in an example: the coming Monday, never today or a past day. */
export const exampleStart = (today: LocalDate): LocalDate => addDays(today, 7 - weekdayIndex(today));

/** The day an example pause runs to: two weeks ahead. */
export const examplePauseEnd = (today: LocalDate): LocalDate => addDays(today, 14);

// The rules every check-in obeys, whatever the platform.
export const MAX_CHECKIN_MINUTES = 12 * 60;
export const MAX_DAY_MINUTES = 24 * 60;
export const MAX_NOTE_LENGTH = 500;
/** How long after recording a check-in /undo may still remove it. */
export const UNDO_WINDOW_MS = 24 * 60 * 60 * 1000;

// Reads a weekly goal as people write it: "12", "12h", "12,5h", "7h30", "15 horas", "default".
import { err, ok, type Result } from "../result.js";
import { MAX_GOAL_MINUTES, MIN_GOAL_MINUTES } from "./goal.js";

export type GoalError = { kind: "unreadable"; input: string } | { kind: "outOfRange"; input: string };

/** Minutes of the goal, or null for "back to the roadmap's". */
export function parseGoal(text: string): Result<number | null, GoalError> {
  const input = text.trim().toLowerCase();
  if (["default", "roadmap", "reset", "padrão", "padrao"].includes(input)) return ok(null);
  const decimal = /^(\d{1,3})(?:[.,](\d{1,2}))?\s*(?:h|hs|hrs?|hours?|horas?)?$/.exec(input);
  const clock = /^(\d{1,2})\s*h\s*(\d{1,2})\s*(?:m|min)?$/.exec(input);
  let minutes: number | null = null;
  if (decimal !== null) minutes = Math.round(Number(`${decimal[1]}.${decimal[2] ?? "0"}`) * 60);
  else if (clock !== null && Number(clock[2]) < 60) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  const quoted = text.trim().slice(0, 40);
  if (minutes === null) return err({ kind: "unreadable", input: quoted });
  if (minutes < MIN_GOAL_MINUTES || minutes > MAX_GOAL_MINUTES)
    return err({ kind: "outOfRange", input: quoted });
  return ok(minutes);
}

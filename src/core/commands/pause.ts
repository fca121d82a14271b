// /pause <days|YYYY-MM-DD> and /resume.
import { parsePause } from "../nudges/parseArgs.js";
import { addDays } from "../time/dates.js";
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

export const pause: CommandHandler = async ({ deps, member, t, today }, args) => {
  const parsed = parsePause(args, today);
  if (!parsed.ok) return say(t, "pause.invalid", parsed.error);
  await deps.store.updateMember(member.id, { pausedUntil: parsed.value });
  return say(t, "pause.set", { until: parsed.value, resume: addDays(parsed.value, 1) });
};

export const resume: CommandHandler = async ({ deps, member, t, today }) => {
  if (member.pausedUntil === null || member.pausedUntil < today) return say(t, "resume.notPaused", {});
  await deps.store.updateMember(member.id, { pausedUntil: null });
  return say(t, "resume.done", {});
};

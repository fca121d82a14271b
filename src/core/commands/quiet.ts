// /quiet HH:MM-HH:MM | off: hours when nothing is sent.
import { parseQuiet } from "../nudges/parseArgs.js";
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

export const quiet: CommandHandler = async ({ deps, member, t }, args) => {
  if (args === "") return say(t, "quiet.current", { range: member.quiet });
  const parsed = parseQuiet(args);
  if (!parsed.ok) return say(t, "quiet.invalid", parsed.error);
  await deps.store.updateMember(member.id, { quiet: parsed.value });
  return parsed.value === null ? say(t, "quiet.off", {}) : say(t, "quiet.set", parsed.value);
};

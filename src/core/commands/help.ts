// /help
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

export const help: CommandHandler = async ({ deps, t }) => ({
  text: `${say(t, "help", { targetHours: deps.roadmap.weeklyTargetHours }).text}\n${t["mock.helpLine"]({})}`,
});

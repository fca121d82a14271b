// /help
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

export const help: CommandHandler = async ({ deps, t }) =>
  say(t, "help", { targetHours: deps.roadmap.weeklyTargetHours });

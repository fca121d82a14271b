// The line under a confirmation that promises private messages (reminders, recaps), when they cannot arrive.
import type { CommandContext } from "./context.js";

/** Nothing when DMs reach the member; else how to open them, with the private chat's link where there is one. */
export function dmNotice(ctx: Pick<CommandContext, "member" | "capabilities" | "t">): string[] {
  if (!ctx.member.dmRefused) return [];
  return [ctx.t["dm.unreachable"]({ link: ctx.capabilities.privateChatLink?.("start") ?? null })];
}

// The line under a confirmation that promises private messages (reminders, recaps), when they cannot arrive.
import type { CommandContext } from "./context.js";

type DmContext = Pick<CommandContext, "member" | "capabilities" | "t">;

/** Whether DMs are known to reach the member, so a reminder may be promised "from now on". */
export function dmsReach({ member, capabilities }: Pick<DmContext, "member" | "capabilities">): boolean {
  return !member.dmRefused && !(member.dmUnproven && capabilities.dmsNeedProof === true);
}

/** Nothing when DMs reach the member; else how to open them, with the private chat's link where there is one. */
export function dmNotice(ctx: DmContext): string[] {
  if (dmsReach(ctx)) return [];
  const link = ctx.capabilities.privateChatLink?.("start") ?? null;
  return [ctx.member.dmRefused ? ctx.t["dm.unreachable"]({ link }) : ctx.t["dm.unproven"]({ link })];
}

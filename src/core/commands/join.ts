// /join: in a group, joins its study group. handleMessage already records membership for any group
// command, so this only confirms it — and, in a private chat, says where to send it.
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

export const join: CommandHandler = async ({ message, member, t }) => {
  if (message.chat.kind !== "group") return say(t, "join.inPrivate", {});
  return say(t, "join.joined", { name: member.displayName, group: message.chat.title ?? message.chat.id });
};

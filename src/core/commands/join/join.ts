// /join: in a group, joins its study group. Dispatch records the membership for any group command, so this
// only confirms it.
import { ok } from "../../result.js";
import { defineCommand } from "../spec.js";
import { type JoinReplies, names, replies, texts } from "./texts.js";

export const join = defineCommand<null, JoinReplies>({
  ...names,
  options: [],
  where: "group",
  elsewhere: { own: "inPrivate", params: {} },
  visibility: "personal",
  menus: ["group"],
  changesData: true,
  texts,
  replies,
  parse: () => ok(null),
  async run({ message, member, replies: say }) {
    return { text: say.joined({ name: member.displayName, group: message.chat.title ?? message.chat.id }) };
  },
});

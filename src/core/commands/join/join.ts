// /join: in a group, joins its study group. Dispatch records the membership for any group command, so this
// only confirms it.
import { ok } from "../../result.js";
import { say } from "../reply.js";
import { defineCommand } from "../spec.js";
import { names, texts } from "./texts.js";

export const join = defineCommand<null>({
  ...names,
  options: [],
  where: "group",
  elsewhere: { id: "join.inPrivate", params: {} },
  visibility: "personal",
  menus: ["group"],
  changesData: true,
  texts,
  parse: () => ok(null),
  async run({ message, member, t }) {
    return say(t, "join.joined", { name: member.displayName, group: message.chat.title ?? message.chat.id });
  },
});

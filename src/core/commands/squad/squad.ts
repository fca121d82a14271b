// /squad [create|join <name> | leave]: in a group, a squad of 2 to 5 members who keep a streak together.
import { SQUAD_MAX_MEMBERS } from "../../squads/ports.js";
import { squadsAt } from "../../squads/squadView.js";
import { defineCommand } from "../spec.js";
import { parseSquad, SQUAD_NAME_MAX, type SquadArgs } from "./parseSquad.js";
import { ACTION_CHOICES, names, replies, type SquadReplies, texts } from "./texts.js";

const max = SQUAD_MAX_MEMBERS;

export const squad = defineCommand<SquadArgs, SquadReplies>({
  ...names,
  options: [
    { name: "action", kind: "text", choices: () => ACTION_CHOICES },
    { name: "name", kind: "text", maxLength: SQUAD_NAME_MAX },
  ],
  where: "group",
  elsewhere: { own: "inPrivate", params: {} },
  visibility: "personal",
  menus: ["group"],
  changesData: true,
  texts,
  replies,
  parse: parseSquad,
  async run({ deps: { store }, member, group, now, today, replies: say }, args) {
    if (group === null) return { text: say.inPrivate({}) };
    const mine = () => squadsAt(store, member.id, group.id, today, now).then((s) => s[0]);
    if (args.action === "show") {
      const shown = await mine();
      return { text: shown === undefined ? say.none({}) : say.show({ squad: shown, max }) };
    }
    if (args.action === "leave") {
      const left = await store.leaveSquad(group.id, member.id);
      return { text: left.kind === "notIn" ? say.notIn({}) : say.left(left) };
    }
    if (args.action === "create") {
      const created = await store.createSquad(group.id, member.id, args.name, now);
      if (created.kind === "created") return { text: say.created({ name: args.name, max }) };
      return { text: created.kind === "nameTaken" ? say.nameTaken(created) : say.alreadyIn(created) };
    }
    const joined = await store.joinSquad(group.id, member.id, args.name, now);
    if (joined.kind === "notFound") return { text: say.notFound({ name: args.name }) };
    if (joined.kind === "full") return { text: say.full({ name: joined.name, max }) };
    if (joined.kind === "alreadyIn") return { text: say.alreadyIn(joined) };
    const shown = await mine();
    return { text: shown === undefined ? say.notIn({}) : say.joined({ squad: shown, max }) };
  },
});

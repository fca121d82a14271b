// /portfolio: the roadmap's final project, its deliverables and where the member stands with each.
import { ok } from "../../result.js";
import { deliverableStates } from "../../tasks/deliverables.js";
import { defineCommand } from "../spec.js";
import { names, type PortfolioReplies, replies, texts } from "./texts.js";

export const portfolio = defineCommand<Record<string, never>, PortfolioReplies>({
  ...names,
  options: [],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: false,
  texts,
  replies,
  parse: () => ok({}),
  async run({ deps, member, replies: say }) {
    const { roadmap } = deps;
    const ticks = await deps.store.taskTicks(member.id, roadmap.id);
    return {
      text: say.portfolio({
        title: roadmap.project.title,
        description: roadmap.project.description,
        deliverables: deliverableStates(roadmap, ticks),
      }),
    };
  },
});

// /help: every command's own line, in the index's order, after a word on what the bot is for.
import { ok } from "../../result.js";
import { defineCommand } from "../spec.js";
import { type HelpReplies, names, replies, texts } from "./texts.js";

export const help = defineCommand<null, HelpReplies>({
  ...names,
  options: [],
  where: "any",
  visibility: "personal",
  menus: ["private", "group"],
  changesData: false,
  texts,
  replies,
  parse: () => ok(null),
  async run({ deps, t, commands, replies: say }) {
    const targetHours = deps.roadmap.weeklyTargetHours;
    const lines = commands.map((command) => command.texts[t.locale].help({ targetHours }));
    return { text: [say.intro({}), ...lines, "", say.outro({})].join("\n") };
  },
});

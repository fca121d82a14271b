// /export: everything stored about the member, as a file.
import { ok } from "../../result.js";
import { defineCommand } from "../spec.js";
import { type ExportReplies, names, replies, texts } from "./texts.js";

export const exportData = defineCommand<null, ExportReplies>({
  ...names,
  options: [],
  where: "any",
  visibility: "private",
  menus: ["private"],
  changesData: false,
  texts,
  replies,
  parse: () => ok(null),
  async run({ deps, member, now, replies: say }) {
    const data = await deps.store.exportMember(member.id);
    const count = (rows: unknown) => (Array.isArray(rows) ? rows.length : 0);
    return {
      text: say.ready({ checkins: count(data.checkins), mockAnswers: count(data.mockAnswers) }),
      file: {
        filename: `constancia-export-${member.id}-${now.toISOString().slice(0, 10)}.json`,
        mime: "application/json",
        content: JSON.stringify({ exportedAt: now.toISOString(), ...data }, null, 2),
      },
    };
  },
});

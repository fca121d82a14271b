// /export: everything stored about the member, as a file. /forget: deletes it all, after an explicit yes.
import type { CommandHandler } from "./context.js";
import { say } from "./reply.js";

/** The word that confirms /forget, in both languages, so a stray /forget deletes nothing. */
const CONFIRM = { en: "yes", "pt-BR": "sim" } as const;

export const exportData: CommandHandler = async ({ deps, member, t, now }) => {
  const data = await deps.store.exportMember(member.id);
  const count = (rows: unknown) => (Array.isArray(rows) ? rows.length : 0);
  return {
    ...say(t, "export.ready", { checkins: count(data.checkins), mockAnswers: count(data.mockAnswers) }),
    file: {
      filename: `constancia-export-${member.id}-${now.toISOString().slice(0, 10)}.json`,
      mime: "application/json",
      content: JSON.stringify({ exportedAt: now.toISOString(), ...data }, null, 2),
    },
  };
};

export const forget: CommandHandler = async ({ deps, member, t }, args) => {
  const word = args.trim().toLowerCase();
  if (word !== CONFIRM.en && word !== CONFIRM["pt-BR"])
    return say(t, "forget.confirm", { word: CONFIRM[t.locale] });
  await deps.store.forgetMember(member.id);
  return say(t, "forget.done", {});
};

// /quiet HH:MM-HH:MM | off: hours when nothing is sent.
import { parseQuiet } from "../../nudges/parseArgs.js";
import type { WallTime } from "../../nudges/wallClock.js";
import { err, ok } from "../../result.js";
import { argText, defineCommand } from "../spec.js";
import { names, type QuietReplies, replies, texts } from "./texts.js";

type Range = { start: WallTime; end: WallTime };

export const quiet = defineCommand<{ kind: "show" } | { kind: "set"; range: Range | null }, QuietReplies>({
  ...names,
  options: [{ name: "range", kind: "text", maxLength: 20 }],
  where: "any",
  // The member's own: where every reply in a group is seen by all (Telegram), it moves to the private chat.
  visibility: "private",
  menus: ["private"],
  changesData: true,
  texts,
  replies,
  parse(args) {
    const input = argText(args, "range");
    if (input === "") return ok({ kind: "show" });
    const parsed = parseQuiet(input);
    return parsed.ok
      ? ok({ kind: "set", range: parsed.value })
      : err({ own: "invalid", params: parsed.error });
  },
  async run({ deps, member, replies: say }, request) {
    if (request.kind === "show") return { text: say.current({ range: member.quiet }) };
    await deps.store.updateMember(member.id, { quiet: request.range });
    return { text: request.range === null ? say.off({}) : say.set(request.range) };
  },
});

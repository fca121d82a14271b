// /quiet HH:MM-HH:MM | off: hours when nothing is sent.
import { parseQuiet } from "../../nudges/parseArgs.js";
import type { WallTime } from "../../nudges/wallClock.js";
import { err, ok } from "../../result.js";
import { say } from "../reply.js";
import { argText, defineCommand } from "../spec.js";
import { texts } from "./texts.js";

type Range = { start: WallTime; end: WallTime };

export const quiet = defineCommand<{ kind: "show" } | { kind: "set"; range: Range | null }>({
  name: "quiet",
  aliases: { en: [], "pt-BR": ["silencio", "silêncio"] },
  options: [{ name: "range", kind: "text", maxLength: 20 }],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: true,
  texts,
  parse(args) {
    const input = argText(args, "range");
    if (input === "") return ok({ kind: "show" });
    const parsed = parseQuiet(input);
    return parsed.ok
      ? ok({ kind: "set", range: parsed.value })
      : err({ id: "quiet.invalid", params: parsed.error });
  },
  async run({ deps, member, t }, request) {
    if (request.kind === "show") return say(t, "quiet.current", { range: member.quiet });
    await deps.store.updateMember(member.id, { quiet: request.range });
    return request.range === null ? say(t, "quiet.off", {}) : say(t, "quiet.set", request.range);
  },
});

// /pause <days|YYYY-MM-DD>: no nudges or recaps through that day.
import { parsePause } from "../../nudges/parseArgs.js";
import { err, ok } from "../../result.js";
import { addDays, type LocalDate } from "../../time/dates.js";
import { say } from "../reply.js";
import { argText, defineCommand } from "../spec.js";
import { texts } from "./texts.js";

export const pause = defineCommand<{ until: LocalDate }>({
  name: "pause",
  aliases: { en: [], "pt-BR": ["pausar"] },
  options: [{ name: "until", kind: "text", maxLength: 10 }],
  where: "any",
  visibility: "personal",
  menus: ["private"],
  changesData: true,
  texts,
  parse(args, { today }) {
    const parsed = parsePause(argText(args, "until"), today);
    return parsed.ok ? ok({ until: parsed.value }) : err({ id: "pause.invalid", params: parsed.error });
  },
  async run({ deps, member, t }, { until }) {
    await deps.store.updateMember(member.id, { pausedUntil: until });
    return say(t, "pause.set", { until, resume: addDays(until, 1) });
  },
});

// What /nudge was asked: to nudge someone (by account or by name), or to turn the member's own nudges off/on.
import type { BuddyRef } from "../../nudges/oneOffPorts.js";
import { err, ok, type Result } from "../../result.js";
import type { CommandArgs } from "../spec.js";

export type NudgeRequest = { kind: "nudge"; who: BuddyRef | null } | { kind: "turn"; off: boolean };

const OFF = new Set(["off", "desligar", "desligado", "desativar"]);
const ON = new Set(["on", "ligar", "ligado", "ativar"]);
/** A Discord mention typed as text: <@123> or <@!123>. */
const MENTION = /^<@!?(\d+)>$/;
const MAX_NAME = 64;

export type NudgeRefusal = { own: "tooLong"; params: Record<string, never> };

export function parseNudge(args: CommandArgs): Result<NudgeRequest, NudgeRefusal> {
  if (args.kind === "options") {
    const turn = args.values.turn;
    if (turn === "off" || turn === "on") return ok({ kind: "turn", off: turn === "off" });
    const picked = args.values.member;
    return ok({
      kind: "nudge",
      who: picked === undefined ? null : { kind: "account", platformUserId: String(picked) },
    });
  }
  const text = args.text.trim();
  const word = text.toLowerCase();
  if (OFF.has(word)) return ok({ kind: "turn", off: true });
  if (ON.has(word)) return ok({ kind: "turn", off: false });
  if (text === "") return ok({ kind: "nudge", who: null });
  const mention = MENTION.exec(text);
  if (mention?.[1] !== undefined)
    return ok({ kind: "nudge", who: { kind: "account", platformUserId: mention[1] } });
  if (text.length > MAX_NAME) return err({ own: "tooLong", params: {} });
  return ok({ kind: "nudge", who: { kind: "name", name: text } });
}

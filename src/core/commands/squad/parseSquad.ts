// What /squad was asked: show the squad, create or join one by name, or leave it. Pure; a bad input is a
// refusal with the right form.
import { cleanMemberText } from "../../memberText.js";
import { err, ok, type Result } from "../../result.js";
import { argText, type CommandArgs } from "../spec.js";

/** Long enough for "Foco Total 2027", short enough for one line of a summary. */
export const SQUAD_NAME_MAX = 24;
export const SQUAD_NAME_MIN = 2;

export type SquadAction = "create" | "join" | "leave";
export type SquadArgs =
  | { action: "show" }
  | { action: "create" | "join"; name: string }
  | { action: "leave" };

export type SquadRefusal =
  | { own: "unknownAction"; params: { input: string } }
  | { own: "noName"; params: { action: "create" | "join" } }
  | { own: "badName"; params: { input: string; min: number; max: number } };

/** Each action's words, English and Portuguese, typed after the command. */
const WORDS: Record<string, SquadAction> = {
  create: "create",
  new: "create",
  criar: "create",
  nova: "create",
  join: "join",
  entrar: "join",
  leave: "leave",
  sair: "leave",
};

export function parseSquad(args: CommandArgs): Result<SquadArgs, SquadRefusal> {
  const typed = args.kind === "text";
  const text = typed ? argText(args, "name") : "";
  const [first = "", ...rest] = text.split(/\s+/);
  const word = typed ? first.toLowerCase() : argText(args, "action");
  const nameText = typed ? rest.join(" ") : argText(args, "name");
  if (word === "" && nameText === "") return ok({ action: "show" });
  const action = Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
  if (action === undefined)
    return err({ own: "unknownAction", params: { input: (typed ? text : nameText).slice(0, 40) } });
  if (action === "leave") return ok({ action });
  const name = cleanMemberText(nameText).replace(/\s+/g, " ");
  if (name === "") return err({ own: "noName", params: { action } });
  const length = [...name].length;
  if (length < SQUAD_NAME_MIN || length > SQUAD_NAME_MAX) {
    return err({
      own: "badName",
      params: { input: [...name].slice(0, 40).join(""), min: SQUAD_NAME_MIN, max: SQUAD_NAME_MAX },
    });
  }
  return ok({ action, name });
}

// Which boards /leaderboard-optout and -optin mean: the group where they are said, or every group.

import { err, ok, type Result } from "../../result.js";
import { argText, type Choice, type CommandArgs, type OptionSpec } from "../spec.js";
import { SCOPE_LABELS } from "./texts.js";

/** The group where it is said, or every group. */
export type BoardChoice = "here" | "all";

/** The words that mean every group, typed after the command. */
const ALL_WORDS: ReadonlySet<string> = new Set(["all", "every", "everywhere", "todos", "todas", "tudo"]);
const HERE_WORDS: ReadonlySet<string> = new Set(["here", "this", "aqui", "este", "esse"]);

export const SCOPE_OPTION: OptionSpec = {
  name: "scope",
  kind: "text",
  choices: (): Choice[] => (["here", "all"] as const).map((value) => ({ value, label: SCOPE_LABELS[value] })),
};

/** Nothing typed: the group where it is said; in a private chat, where no group is meant, every group. */
export function parseBoardChoice(args: CommandArgs): Result<BoardChoice | null, { input: string }> {
  const input = argText(args, SCOPE_OPTION.name);
  const word = input.toLowerCase();
  if (word === "") return ok(null);
  if (ALL_WORDS.has(word)) return ok("all");
  if (HERE_WORDS.has(word)) return ok("here");
  return err({ input });
}

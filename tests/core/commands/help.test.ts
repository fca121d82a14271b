// /help is how members discover what the bot can do: it must name every command, in both languages.
import { describe, expect, it } from "vitest";
import { COMMANDS, commandNamed } from "../../../src/core/commands/registry.js";
import { messagesFor } from "../../../src/core/messages/index.js";

const NAMES = Object.keys(COMMANDS);
/** "/leaderboard" must not be found inside "/leaderboard-optout". */
const mentions = (text: string, name: string) => new RegExp(`/${name}(?![\\w-])`).test(text);

describe("/help", () => {
  it.each(["en", "pt-BR"] as const)("GIVEN %s THEN every command is listed", (locale) => {
    const help = messagesFor(locale).help({ targetHours: 20 });
    expect(NAMES.filter((name) => !mentions(help, name))).toEqual([]);
  });

  it("GIVEN Portuguese THEN each name it shows runs the command it describes", () => {
    const help = messagesFor("pt-BR").help({ targetHours: 20 });
    const shown = [...help.matchAll(/^\/([\p{L}-]+)/gmu)].map((match) => match[1] ?? "");
    expect(shown.filter((name) => commandNamed(name) === null)).toEqual([]);
    expect(commandNamed("placar")?.name).toBe("leaderboard");
  });
});

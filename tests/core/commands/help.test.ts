// /help is how members discover what the bot can do: it must name every command, in both languages.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS, commandNamed } from "../../../src/core/commands/index.js";
import { openBot, type TestBot } from "../../support/bot.js";
import { testDatabases } from "../../support/databases.js";

const AT = "2026-11-28T15:00:00Z";
/** "/leaderboard" must not be found inside "/leaderboard-optout". */
const mentions = (text: string, name: string) => new RegExp(`/${name}(?![\\w-])`).test(text);

describe("/help", () => {
  let bot: TestBot;
  beforeAll(async () => {
    const [database] = testDatabases;
    if (database === undefined) throw new Error("no test database");
    bot = await openBot(database);
  });
  afterAll(() => bot.close());

  it.each([
    ["en", "/help"],
    ["pt-BR", "/ajuda"],
  ] as const)("GIVEN %s THEN every command is listed", async (locale, typed) => {
    const help = (await bot.send(typed, { at: AT, locale, as: `reader-${locale}` })) ?? "";
    expect(COMMANDS.map((c) => c.name).filter((name) => !mentions(help, name))).toEqual([]);
    expect(help).toContain("20h");
  });

  it("GIVEN Portuguese THEN each name it shows runs the command it describes", async () => {
    const help = (await bot.send("/ajuda", { at: AT, locale: "pt-BR", as: "leitora" })) ?? "";
    const shown = [...help.matchAll(/^\/([\p{L}-]+)/gmu)].map((match) => match[1] ?? "");
    expect(shown.length).toBe(COMMANDS.length);
    expect(shown.filter((name) => commandNamed(name) === null)).toEqual([]);
    expect(help).toContain("/placar");
  });

  it("GIVEN a member who chose Portuguese on an English client THEN /help answers in Portuguese", async () => {
    await bot.send("/language pt", { at: AT, as: "bia" });
    expect(await bot.send("/help", { at: AT, as: "bia" })).toContain("Comandos:");
  });
});

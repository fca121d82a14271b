// Telegram takes command names of [a-z0-9_] only: hyphenated names go as underscores in the menus and in
// every text sent, and the bot answers to them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tappableCommands } from "../../../src/platforms/telegram/commandNames.js";
import { MENU_LIMITS } from "../../../src/platforms/telegram/commands.js";
import { testDatabases } from "../../support/databases.js";
import { ANA, GROUP, JOAO, privateChat, startRig, type TelegramRig } from "./support.js";

describe("tappable command names", () => {
  it("GIVEN hyphenated commands in a text THEN underscores; other slashes and links untouched", () => {
    expect(tappableCommands("Back on with /leaderboard-optin.")).toBe("Back on with /leaderboard_optin.");
    expect(tappableCommands("Para voltar: /placar-entrar")).toBe("Para voltar: /placar_entrar");
    expect(tappableCommands("(/inicio-do-dia 04h)")).toBe("(/inicio_do_dia 04h)");
    expect(tappableCommands("see https://example.org/a-b and /not-a-command")).toBe(
      "see https://example.org/a-b and /not-a-command",
    );
  });
});

describe.each(testDatabases)("Telegram command names on $name", (database) => {
  let rig: TelegramRig;
  beforeAll(async () => {
    rig = await startRig(database);
  });
  afterAll(() => rig.close());

  it("GIVEN the menus THEN every name is one Telegram accepts, /inicio-do-dia as /inicio_do_dia", () => {
    const names = rig.fake.calls
      .filter((call) => call.method === "setMyCommands")
      .flatMap((call) => (call.params.commands as Array<{ command: string }>).map((c) => c.command));
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((name) => !MENU_LIMITS.name.test(name))).toEqual([]);
    expect(names).toContain("inicio_do_dia");
  });

  it("GIVEN a tap on /leaderboard_optout in the group THEN the member is off the board, told how to come back in a tappable form", async () => {
    await rig.say(ANA, privateChat(ANA), "/start");
    const { text } = await rig.say(ANA, GROUP, "/leaderboard_optout");
    expect(text).toBe(
      "You're off this group's leaderboard: your hours still count in its total, and your other groups still show you. Back on with /leaderboard_optin",
    );
    const pt = await rig.say(JOAO, GROUP, "/placar_sair");
    expect(pt.text).toContain("Para voltar: /placar_entrar");
  });
});

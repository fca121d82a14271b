// A Portuguese speaker on Telegram can tap or type every command the bot names, by its Portuguese name.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMAND_NAMES } from "../../../src/core/commands/index.js";
import { testDatabases } from "../../support/databases.js";
import { JOAO, privateChat, startRig, type TelegramRig } from "./support.js";

/** Each command a text names, as Telegram would link it: the name up to the first character it stops at. */
const NAMED = /(?:^|[\s(])\/([^\s),.;:]+)/gm;

describe.each(testDatabases)("Portuguese command names on Telegram on $name", (database) => {
  let rig: TelegramRig;
  beforeAll(async () => {
    rig = await startRig(database);
  });
  afterAll(() => rig.close());

  it("GIVEN /ajuda THEN every command it names links whole to one the bot answers to", async () => {
    await rig.say(JOAO, privateChat(JOAO), "/comecar");
    const help = await rig.say(JOAO, privateChat(JOAO), "/ajuda");
    const named = [...help.text.matchAll(NAMED)].map((m) => m[1] ?? "");
    expect(named.length).toBeGreaterThan(25);
    for (const name of named) {
      expect(name).toMatch(/^[a-z0-9_]{1,32}$/);
      expect(COMMAND_NAMES).toContain(name);
    }
  });

  it("GIVEN /simulado and /trilha THEN the interview and the roadmap answer", async () => {
    const mock = await rig.say(JOAO, privateChat(JOAO), "/simulado");
    expect(mock.text).toContain("Simulação de entrevista");
    const roadmap = await rig.say(JOAO, privateChat(JOAO), "/trilha");
    expect(roadmap.text).toContain("Semana 1");
  });
});

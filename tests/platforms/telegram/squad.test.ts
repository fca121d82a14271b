// /squad on Telegram: typed in the group, in English or as /equipe in Portuguese; in private, where to use it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../support/databases.js";
import { ANA, GROUP, JOAO, privateChat, startRig, type TelegramRig } from "./support.js";

describe.each(testDatabases)("/squad on Telegram on $name", (database) => {
  let rig: TelegramRig;
  beforeAll(async () => {
    rig = await startRig(database);
  });
  afterAll(() => rig.close());

  it("GIVEN /squad create in the group and /equipe entrar THEN both are in the squad, and /equipe shows it", async () => {
    expect((await rig.say(ANA, GROUP, "/squad create Foco Total")).text).toContain(
      "👥 Squad Foco Total is created, with you in it.",
    );
    expect((await rig.say(JOAO, GROUP, "/equipe entrar foco total")).text).toBe(
      "👥 Você entrou na equipe Foco Total: Ana e João (2 de 5). Um dia conta para a equipe quando todo mundo faz check-in; /equipe mostra quem já estudou.",
    );
    await rig.say(ANA, GROUP, "/checkin 1h");
    const shown = (await rig.say(JOAO, GROUP, "/equipe")).text;
    expect(shown).toContain("✅ Ana — já estudou hoje\n⏳ João");
  });

  it("GIVEN /equipe in a private chat THEN told to use it in the group, with an example", async () => {
    expect((await rig.say(JOAO, privateChat(JOAO), "/equipe criar Foco")).text).toBe(
      "Equipes são de um grupo: mande /equipe no chat do seu grupo de estudos, ex.: /equipe entrar Foco.",
    );
  });
});

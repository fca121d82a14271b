// The bot's first impressions on Telegram end to end: its profile in both languages, and a greeting with the
// steps when it is added to a group.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "../../support/databases.js";
import { ANA, GROUP, JOAO, startRig, type TelegramRig } from "./support.js";

describe.each(testDatabases)("Telegram's profile and group greeting on $name", (database) => {
  let rig: TelegramRig;
  beforeAll(async () => {
    rig = await startRig(database);
  });
  afterAll(() => rig.close());

  it("GIVEN the bot starts THEN its description and short description are set in English and Portuguese, within Telegram's limits", () => {
    const of = (method: string, language: string | undefined) =>
      rig.fake.calls.find((c) => c.method === method && c.params.language_code === language)?.params;
    expect(String(of("setMyDescription", "en")?.description)).toMatch(
      /^Constância keeps your study group on track/,
    );
    expect(String(of("setMyDescription", "pt")?.description)).toMatch(
      /^A Constância mantém o seu grupo de estudos/,
    );
    expect(String(of("setMyShortDescription", "en")?.short_description)).toContain("Study accountability");
    expect(String(of("setMyShortDescription", "pt")?.short_description)).toContain("grupos de estudo");
    // The default language, for clients in any other.
    expect(of("setMyDescription", undefined)).toBeDefined();
    for (const call of rig.fake.calls.filter((c) => c.method === "setMyDescription"))
      expect(String(call.params.description).length).toBeLessThanOrEqual(512);
    for (const call of rig.fake.calls.filter((c) => c.method === "setMyShortDescription"))
      expect(String(call.params.short_description).length).toBeLessThanOrEqual(120);
  });

  it("GIVEN the bot is added to a group THEN it greets with the steps, in the language of who added it; a promotion says nothing", async () => {
    const added = await rig.deliver(
      rig.fake.myChatMemberUpdate(JOAO, GROUP, { from: "left", to: "member" }),
      GROUP.id,
    );
    expect(added.text).toBe(
      [
        "👋 Oi, eu sou a Constância: ajudo este grupo a manter a rotina de estudos.",
        "1. Cada pessoa manda /entrar aqui uma vez.",
        "2. Alguém da administração manda /configurar para receber o resumo semanal aqui (domingo às 20:00, se ninguém mudar).",
        "3. Registre o estudo com /checkin 2h pandas; /placar mostra a semana.",
        "Lembretes e simulações de entrevista chegam no privado: abra @ConstanciaBot e toque em Iniciar.",
      ].join("\n"),
    );
    // Made an admin later: no second greeting. The chat's updates are handled in turn, so the next reply
    // to the group is the one to the command that follows.
    rig.fake.push(rig.fake.myChatMemberUpdate(JOAO, GROUP, { from: "member", to: "administrator" }));
    const following = await rig.say(ANA, GROUP, "/leaderboard");
    expect(following.text).not.toContain("👋");
    const english = await rig.deliver(
      rig.fake.myChatMemberUpdate(
        ANA,
        { id: -100_777, type: "group", title: "Study" },
        { from: "kicked", to: "member" },
      ),
      -100_777,
    );
    expect(english.text).toMatch(/^👋 Hi, I'm Constância/);
    expect(english.text).toContain("2. An admin sends /setup to get the weekly summary here");
  });
});

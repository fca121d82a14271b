// A member whose DMs Discord refused, or never delivered, is told so where a reply promises reminders.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runTick } from "../../../src/scheduler/runTick.js";
import { OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

const ANA = "600000000000000001";
const time = (value: string) => [{ name: "time", type: OPTION.string, value }];
const inServer = { locale: "pt-BR" };
const inDm = { locale: "pt-BR", guildId: null };

describe.each(testDatabases)("reminders for closed DMs on Discord on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(() => h.close());

  async function answer(interaction: ReturnType<typeof slashCommand>): Promise<string> {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return (await h.fake.answerTo(interaction.id)).content ?? "";
  }

  it("GIVEN a member seen only in the server THEN /remind says no DM reached them yet; once the nudge is delivered it promises them", async () => {
    const adapter = await h.startAdapter();
    const start = [{ name: "date", type: OPTION.string, value: "2026-11-23" }];
    expect(await answer(slashCommand("start", start, inServer))).toContain(
      "nenhuma DM minha chegou até você",
    );
    const unproven = await answer(slashCommand("remind", time("23:03"), inServer));
    expect(unproven).toContain("⏰ Lembretes diários às 23:03 (America/Sao_Paulo).");
    expect(unproven).toContain("nenhuma DM minha chegou até você ainda: me mande uma DM");
    expect(unproven).not.toContain("a partir de agora");

    // DMs from server members are open: the nudge arrives, which proves it.
    await runTick(h.schedulerWith(adapter), new Date("2026-11-27T02:03:00Z"));
    expect(h.fake.state.messages).toHaveLength(1);
    expect(await answer(slashCommand("remind", time("23:03"), inServer))).toBe(
      "⏰ Lembretes diários às 23:03 (America/Sao_Paulo) a partir de agora.",
    );
    expect(h.errors).toEqual([]);
  });

  it("GIVEN a refused DM THEN /remind and /evening in the server say how to open DMs; a DM to the bot opens them again", async () => {
    const adapter = await h.startAdapter();
    const start = [{ name: "date", type: OPTION.string, value: "2026-11-23" }];
    await answer(slashCommand("start", start, inDm));
    expect(await answer(slashCommand("remind", time("23:03"), inServer))).toBe(
      "⏰ Lembretes diários às 23:03 (America/Sao_Paulo) a partir de agora.",
    );

    // The daily nudge is refused: Ana's DMs from server members are closed.
    h.fake.closeDms(ANA);
    await runTick(h.schedulerWith(adapter), new Date("2026-11-27T02:03:00Z"));
    expect(h.fake.state.messages).toEqual([]);

    const remind = await answer(slashCommand("remind", time("23:03"), inServer));
    expect(remind).toContain("⏰ Lembretes diários às 23:03 (America/Sao_Paulo).");
    expect(remind).not.toContain("a partir de agora");
    expect(remind).toContain(
      "a minha última DM para você foi recusada, então eles ainda não vão chegar: permita mensagens diretas de membros deste servidor",
    );
    const evening = await answer(slashCommand("evening", time("21:00"), inServer));
    expect(evening).toContain("o aviso da noite chega às 21:00 (America/Sao_Paulo).");
    expect(evening).toContain("ou me mande uma DM.");

    // Writing to the bot in its DMs proves they are open: the promise is back, there and in the server.
    expect(await answer(slashCommand("remind", time("23:03"), inDm))).toBe(
      "⏰ Lembretes diários às 23:03 (America/Sao_Paulo) a partir de agora.",
    );
    expect(await answer(slashCommand("evening", time("21:00"), inServer))).not.toContain("DM");
    expect(h.errors).toEqual([]);
  });
});

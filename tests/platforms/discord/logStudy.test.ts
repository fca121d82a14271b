// A nudge in Discord DMs carries a "Log study" button: its form logs a check-in, with /checkin's rules.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runTick } from "../../../src/scheduler/runTick.js";
import { buttonClick, modalSubmit, OPTION, slashCommand } from "../../fakes/discord/interactions.js";
import { sharedDatabase, testDatabases } from "../../support/databases.js";
import { type Harness, openHarness } from "./harness.js";

const dm = { guildId: null, locale: "pt-BR" };

describe.each(testDatabases)("logging study from a Discord nudge on $name", (database) => {
  const testDatabase = sharedDatabase(database);
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(testDatabase);
  });
  afterEach(() => h.close());

  async function answer(interaction: { id: string }) {
    await h.fake.dispatch("INTERACTION_CREATE", interaction);
    return h.fake.answerTo(interaction.id);
  }

  it("GIVEN the daily nudge THEN a Log study button; its form logs the hours and the note, and a bad time logs nothing", async () => {
    const adapter = await h.startAdapter();
    await answer(slashCommand("start", [{ name: "date", type: OPTION.string, value: "2026-11-23" }], dm));
    // Thursday 26 November, 09:00 in São Paulo: the daily nudge.
    await runTick(h.schedulerWith(adapter), new Date("2026-11-26T12:00:00Z"));
    const nudge = h.fake.state.messages.at(-1);
    // Three days since day 1 with nothing logged: the kind word of a comeback, which asks for study too.
    expect(nudge?.content).toContain("Ou só 20 minutos hoje");
    expect(nudge?.components).toEqual([
      {
        type: 1,
        components: [expect.objectContaining({ type: 2, custom_id: "log-study", label: "Registrar estudo" })],
      },
    ]);

    const form = await answer(buttonClick("log-study", dm));
    expect(form.type).toBe(9);
    expect(JSON.stringify(form.data)).toContain("Quanto tempo você estudou?");

    const wrong = await answer(modalSubmit("log-study-form", { hours: "umas duas", note: "" }, dm));
    expect(wrong.content).toContain("Não entendi “umas” como duração");
    const logged = await answer(
      modalSubmit("log-study-form", { hours: "1h30", note: "ontem não deu, hoje Docker" }, dm),
    );
    expect(logged.content).toContain("1h30");
    const week = await answer(slashCommand("progress", [], dm));
    expect(week.text).toContain("1h30");
  });

  it("GIVEN the weekly recap THEN no button: it asks for no study today", async () => {
    const adapter = await h.startAdapter();
    await answer(slashCommand("start", [{ name: "date", type: OPTION.string, value: "2026-11-23" }], dm));
    await answer(slashCommand("checkin", [{ name: "hours", type: OPTION.string, value: "1h" }], dm));
    // Sunday 29 November, 19:00 in São Paulo: the recap.
    await runTick(h.schedulerWith(adapter), new Date("2026-11-29T22:00:00Z"));
    const recap = h.fake.state.messages.find((m) => m.content.includes("1h"));
    expect(recap).toBeDefined();
    expect(recap?.components).toBeUndefined();
  });
});
